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
}
