package vn.dieuhanh.engine.boundary;

import java.time.OffsetDateTime;

/** The case a {@link ServiceStep} runs in: its variables, its key, and the engine's clock. */
public interface StepExecution {

    /** A variable of the case as the model's scope sees it; null when it has none. */
    Object variable(String name);

    /** Sets a variable where the engine would (the nearest scope that has it, else the case). */
    void setVariable(String name, Object value);

    String processInstanceId();

    /** The model's element this step runs at (a service task or a timer's task). */
    String activityId();

    /** The case's business key: a directive's code, an incoming document's receipt. */
    String businessKey();

    /**
     * Now, by the engine's clock in the city's time zone: process tests move that clock instead of
     * waiting, so steps read it rather than the system's.
     */
    OffsetDateTime now();
}
