package vn.dieuhanh.engine.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;

/**
 * A job executor whose acquisition thread and worker pool are container-managed threads.
 *
 * <p>Camunda's default executor starts plain Java threads: a timer's delegate would then run
 * without the application's class loader, JNDI or CDI context. Threads from the container's
 * {@link ManagedThreadFactory} carry that context, so a delegate run by a timer gets injection,
 * JTA and JPA like one run by a user's request.
 */
public class ManagedJobExecutor extends ThreadPoolJobExecutor {

    private final ManagedThreadFactory threadFactory;
    private final int poolSize;
    private final int queueSize;

    public ManagedJobExecutor(ManagedThreadFactory threadFactory, int poolSize, int queueSize) {
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
        this.poolSize = poolSize;
        this.queueSize = queueSize;
        name = "dieuhanh-job-executor";
    }

    @Override
    protected void startExecutingJobs() {
        if (threadPoolExecutor == null || threadPoolExecutor.isShutdown()) {
            threadPoolExecutor = new ThreadPoolExecutor(
                    poolSize, poolSize, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueSize), threadFactory);
        }
        super.startExecutingJobs();
    }

    @Override
    protected void stopExecutingJobs() {
        super.stopExecutingJobs();
        threadPoolExecutor.shutdown();
        try {
            if (!threadPoolExecutor.awaitTermination(30, TimeUnit.SECONDS)) {
                threadPoolExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            threadPoolExecutor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        threadPoolExecutor = null;
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.start();
        }
    }
}
