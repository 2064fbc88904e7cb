package vn.dieuhanh.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The units of the City People's Committee that every directive passes through, by their codes
 * in the org chart: the Office (whose chief signs), its records office (which registers and
 * issues) and the Committee's leadership (which directs). Settings, so a reorganised chart needs
 * no new code.
 */
@ApplicationScoped
public class CityOffice {

    @Inject
    @ConfigProperty(name = "dieuhanh.office.unit", defaultValue = "VP-UBND")
    String officeUnit;

    @Inject
    @ConfigProperty(name = "dieuhanh.office.records-unit", defaultValue = "VP-VT")
    String recordsUnit;

    @Inject
    @ConfigProperty(name = "dieuhanh.office.leader-unit", defaultValue = "UBND-HP")
    String leaderUnit;

    public String officeUnit() {
        return officeUnit;
    }

    public String recordsUnit() {
        return recordsUnit;
    }

    public String leaderUnit() {
        return leaderUnit;
    }
}
