package vn.dieuhanh.engine.control;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.dieuhanh.engine.boundary.ServiceStep;
import vn.dieuhanh.engine.boundary.StepExecution;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * The engine's side of a {@link ServiceStep}: a {@link JavaDelegate} that hands the step our
 * {@link StepExecution}. The expression resolver wraps every {@code ServiceStep} bean it resolves
 * in one, so models keep naming the bean ({@code ${reportingPeriods}}).
 */
public final class ServiceStepDelegate implements JavaDelegate {

    static final ZoneId ZONE = CityTime.ZONE;

    private final ServiceStep step;

    private ServiceStepDelegate(ServiceStep step) {
        this.step = Objects.requireNonNull(step, "step");
    }

    /** The step as the engine calls it (also how process tests register a step with the engine). */
    public static JavaDelegate of(ServiceStep step) {
        return new ServiceStepDelegate(step);
    }

    @Override
    public void execute(DelegateExecution execution) {
        step.run(new Execution(execution));
    }

    private record Execution(DelegateExecution execution) implements StepExecution {

        @Override
        public Object variable(String name) {
            return execution.getVariable(name);
        }

        @Override
        public void setVariable(String name, Object value) {
            execution.setVariable(name, value);
        }

        @Override
        public String processInstanceId() {
            return execution.getProcessInstanceId();
        }

        @Override
        public String activityId() {
            return execution.getCurrentActivityId();
        }

        @Override
        public String businessKey() {
            return execution.getProcessBusinessKey();
        }

        @Override
        public OffsetDateTime now() {
            return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
        }
    }
}
