package vn.dieuhanh.engine.control;

import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Objects;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** The engine's expression manager with CDI beans added after process variables. */
public class CdiExpressionManager extends JuelExpressionManager {

    private final BeanManager beanManager;

    public CdiExpressionManager(BeanManager beanManager) {
        this.beanManager = Objects.requireNonNull(beanManager, "beanManager");
    }

    @Override
    protected ELResolver createElResolver() {
        // Variables first: a process variable may deliberately shadow a bean name.
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(super.createElResolver());
        resolver.add(new CdiBeanElResolver(beanManager));
        return resolver;
    }
}
