package vn.dieuhanh.engine.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the embedded engine when the application starts and closes it when it stops.
 *
 * <p>The engine runs on the container's data source and joins the container's JTA
 * transactions, so a user action that completes a task and writes our own entities commits or
 * rolls back as one. Startup itself runs outside a transaction: the engine creates its schema
 * and deploys the models in transactions of its own.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngineLifecycle {

    /** The models the engine runs, listed rather than scanned so a deployment is explicit. */
    static final List<String> PROCESS_MODELS = List.of(
            "bpmn/incomingDocument.bpmn", "bpmn/directive.bpmn", "bpmn/unitTask.bpmn", "bpmn/consolidation.bpmn");

    private static final Logger LOG = Logger.getLogger(EngineLifecycle.class.getName());

    @Resource(lookup = "jdbc/dieuhanh")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    BeanManager beanManager;

    @Inject
    @ConfigProperty(name = "dieuhanh.engine.job-acquisition-max-wait-ms", defaultValue = "5000")
    long jobAcquisitionMaxWait;

    @Inject
    @ConfigProperty(name = "dieuhanh.engine.job-pool-size", defaultValue = "3")
    int jobPoolSize;

    private volatile ProcessEngine engine;

    @PostConstruct
    void start() {
        var configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("dieuhanh");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(containerTransactionManager());
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new CdiExpressionManager(beanManager));
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJobExecutorDeploymentAware(false);

        var jobExecutor = new ManagedJobExecutor(threadFactory, jobPoolSize, 50);
        jobExecutor.setMaxWait(jobAcquisitionMaxWait);
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(true);

        engine = configuration.buildProcessEngine();
        deployModels(engine);
        LOG.info(() -> "Process engine '" + engine.getName() + "' started with models " + PROCESS_MODELS);
    }

    static void deployModels(ProcessEngine processEngine) {
        DeploymentBuilder deployment = processEngine
                .getRepositoryService()
                .createDeployment()
                .name("dieuhanh")
                .enableDuplicateFiltering(true);
        PROCESS_MODELS.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("The process engine is not running");
        }
        return engine;
    }

    /**
     * Liberty's documented way to its TransactionManager is this factory (an ibm-api class); a
     * JNDI name exists but is undocumented and works on managed threads only. Reflection keeps the
     * module free of a compile-time dependency on the server, and is the one place to change on
     * another server.
     */
    private static TransactionManager containerTransactionManager() {
        try {
            Class<?> factory = Class.forName("com.ibm.tx.jta.TransactionManagerFactory");
            return (TransactionManager)
                    factory.getMethod("getTransactionManager").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot obtain the container's TransactionManager", e);
        }
    }
}
