package vn.dieuhanh.dispatch.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import vn.dieuhanh.dispatch.boundary.DocumentContent.SignatureBlock;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.City;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.Directive;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates.Unit;

/**
 * What every template writes the same way: units by name, the authority above them, the head's
 * signature block by the kind of unit, who a report goes to; and the text rules of Decree 30
 * pages (abbreviations, numbered rows, paragraphs, capitals).
 */
public class Letterhead {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final City city;
    private final Function<String, Unit> units;

    public Letterhead(City city, Function<String, Unit> units) {
        this.city = Objects.requireNonNull(city, "city");
        this.units = Objects.requireNonNull(units, "units");
    }

    /** Where documents are dated ("Hải Phòng"). */
    public String place() {
        return city.place();
    }

    /**
     * A record's block: the unit that keeps it, whose seal attests it, and no person's name (who
     * gave the opinion or the assignment is in the text; no one signs a slip).
     */
    public SignatureBlock recordedBy(String unitCode) {
        return new SignatureBlock(null, null, upper(name(unitCode)), "");
    }

    /** The head's block: a Department's director; a People's Committee's chairman on its behalf. */
    public SignatureBlock headOf(String unitCode, String headName) {
        String type = units.apply(unitCode).type();
        String name = headName == null ? "" : headName;
        return switch (type) {
            case "district", "ward", "commune", "city" -> new SignatureBlock(
                    "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name);
            case "department" -> new SignatureBlock(null, null, "GIÁM ĐỐC", name);
            case "office" -> new SignatureBlock(null, null, "CHÁNH VĂN PHÒNG", name);
            case "division" -> new SignatureBlock(null, null, "TRƯỞNG PHÒNG", name);
            default -> new SignatureBlock(null, null, "THỦ TRƯỞNG ĐƠN VỊ", name);
        };
    }

    /** The authority above a unit: the district above a ward, the city above anything else. */
    public List<String> parentOf(String unitCode) {
        Unit unit = units.apply(unitCode);
        if (unit.parentCode() != null) {
            Unit parent = units.apply(unit.parentCode());
            if ("district".equals(parent.type())) {
                return List.of(upper(parent.name()));
            }
        }
        return List.of(city.authorityShort());
    }

    /** Who a consolidated report goes to: the receiver beyond the city, or the city's leaders. */
    public String reportReceiver(Directive directive) {
        return directive.receiverUnit() == null ? "Lãnh đạo Ủy ban nhân dân thành phố" : name(directive.receiverUnit());
    }

    /** The unit the units report to: the consolidating unit, or the lead division when none. */
    public static String followUpUnit(Directive directive) {
        return directive.consolidatingUnit() == null ? directive.leadUnit() : directive.consolidatingUnit();
    }

    public String name(String unitCode) {
        return units.apply(unitCode).name();
    }

    /** "VP-KSTTHC" under the Office "VP-UBND" is the Office's letter drafted by division KSTTHC. */
    public static String numberSuffix(String officeUnit, String leadUnit) {
        String officePrefix = officeUnit.contains("-") ? officeUnit.substring(0, officeUnit.indexOf('-')) : officeUnit;
        return leadUnit.startsWith(officePrefix + "-") ? leadUnit : officePrefix + "-" + abbreviation(leadUnit);
    }

    /** The part of a unit code that documents use as its abbreviation ("SO-TTTT" gives "STTTT"). */
    public static String abbreviation(String unitCode) {
        if (unitCode.startsWith("VP-")) {
            return unitCode.substring(3);
        }
        return unitCode.replace("SO-", "S").replace("-", "");
    }

    public static List<List<String>> numbered(List<?> rows) {
        List<List<String>> numbered = new ArrayList<>();
        int i = 1;
        for (Object row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(i++));
            if (row instanceof List<?> list) {
                list.forEach(cell -> cells.add(String.valueOf(cell)));
            } else {
                cells.add(String.valueOf(row));
            }
            numbered.add(cells);
        }
        return numbered;
    }

    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("\\R\\s*\\R|\\R")).stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** As a name reads inside a sentence: "Quý IV/2026" becomes "quý IV/2026". */
    public static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Keep acronyms and names ("UBND", "eGov") as they are.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }
}
