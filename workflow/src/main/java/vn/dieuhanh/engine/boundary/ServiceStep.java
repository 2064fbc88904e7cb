package vn.dieuhanh.engine.boundary;

/**
 * What a service task or a timer's task of a process model does, written against our own
 * {@link StepExecution} instead of the engine's API: a CDI bean {@code @Named} as the model's
 * {@code camunda:delegateExpression} names it ({@code ${reportingPeriods}}). The engine package
 * adapts it to the engine, so no feature imports Camunda and a move to its maintained fork stays
 * a change in one package.
 */
@FunctionalInterface
public interface ServiceStep {

    void run(StepExecution execution);
}
