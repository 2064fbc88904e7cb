package vn.dieuhanh.engine.boundary;

import org.camunda.bpm.engine.ProcessEngine;
import vn.dieuhanh.engine.control.EngineLifecycle;

/** Our boundary on an engine a process test built, outside any container. */
public final class Workflows {

    private Workflows() {}

    public static Workflow on(ProcessEngine engine) {
        Workflow workflow = new Workflow();
        workflow.lifecycle = new EngineLifecycle() {
            @Override
            public ProcessEngine engine() {
                return engine;
            }
        };
        return workflow;
    }

    /** As {@link #on(ProcessEngine)}, with the person acting in each call given by the test. */
    public static Workflow on(ProcessEngine engine, java.util.function.Supplier<String> actingUser) {
        Workflow workflow = new Workflow() {
            @Override
            protected String actingUser() {
                return actingUser.get();
            }
        };
        workflow.lifecycle = new EngineLifecycle() {
            @Override
            public ProcessEngine engine() {
                return engine;
            }
        };
        return workflow;
    }
}
