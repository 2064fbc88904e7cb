package vn.dieuhanh.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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

    /** The place in the date line of every document ("Hải Phòng, ngày ..."). */
    @Inject
    @ConfigProperty(name = "dieuhanh.city.place", defaultValue = "Hải Phòng")
    String place;

    /** The city's authority as it heads documents, one line per element, separated by "|". */
    @Inject
    @ConfigProperty(name = "dieuhanh.city.authority", defaultValue = "ỦY BAN NHÂN DÂN|THÀNH PHỐ HẢI PHÒNG")
    String cityAuthority;

    /** The short form above a department's name ("UBND THÀNH PHỐ HẢI PHÒNG"). */
    @Inject
    @ConfigProperty(name = "dieuhanh.city.authority-short", defaultValue = "UBND THÀNH PHỐ HẢI PHÒNG")
    String cityAuthorityShort;

    /** The Office's own line under the city's ("VĂN PHÒNG"). */
    @Inject
    @ConfigProperty(name = "dieuhanh.office.authority", defaultValue = "VĂN PHÒNG")
    String officeAuthority;

    public String place() {
        return place;
    }

    public List<String> cityAuthority() {
        return List.of(cityAuthority.split("\\|"));
    }

    public String cityAuthorityShort() {
        return cityAuthorityShort;
    }

    public String officeAuthority() {
        return officeAuthority;
    }

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
