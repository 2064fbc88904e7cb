package vn.dieuhanh.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;

/**
 * On the demo's first start, the Ministry's letter that began the i-Speed directive arrives at
 * the City Office, so the records clerk's inbox has real work in it. Runs once per database.
 */
@Singleton
@Startup
@DependsOn("EngineLifecycle")
public class DemoData {

    static final String MIC_LETTER = "DEMO-BTTTT-4459";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "dieuhanh.demo", defaultValue = "false")
    boolean demo;

    @Inject
    IncomingDocuments incomingDocuments;

    @PostConstruct
    void load() {
        if (!demo || incomingDocuments.wasReceived(MIC_LETTER)) {
            return;
        }
        incomingDocuments.receive(
                "Công văn số 4459/BTTTT-CVT ngày 18/10/2024 của Bộ Thông tin và Truyền thông về việc đẩy mạnh"
                        + " sử dụng ứng dụng i-Speed đo tốc độ truy cập Internet băng rộng di động đến cấp xã, phường",
                null,
                MIC_LETTER);
        LOG.info("Demo data: the Ministry's letter 4459/BTTTT-CVT waits for registration by the records clerk");
    }
}
