package vn.dieuhanh.series.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.persistence.control.FileClaims;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.reporting.boundary.DataSeries;
import vn.dieuhanh.series.control.GenericSeries;
import vn.dieuhanh.series.control.SeriesFile;
import vn.dieuhanh.series.entity.SeriesImport;
import vn.dieuhanh.series.entity.SeriesValue;

/**
 * A data series file imported in one transaction: read and checked whole first, then every value
 * stored with the import's record and an audit entry; one fault and nothing is stored.
 */
@Stateless
public class SeriesImports {

    /** A series code as a target names it: lower case, digits and hyphens, as "ho-so-tre-han". */
    static final String CODE = "[a-z0-9][a-z0-9-]{0,59}";

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    FileClaims claims;

    @Resource(lookup = "jdbc/dieuhanh")
    DataSource dataSource;

    @Inject
    DataSeries dataSeries;

    @Inject
    AuditLog audit;

    Clock clock = Clock.system(CityTime.ZONE);

    /** What an import did. */
    public record ImportReport(
            String id,
            String series,
            String fileName,
            String sha256,
            String format,
            String importedBy,
            OffsetDateTime importedAt,
            int rowsStored) {}

    /**
     * The same file sent into the same series by several clients at once is imported once: the
     * others are told it is being imported (sent again later, it is imported again, as documented).
     */
    private void claim(String series, String sha256) {
        try (Connection connection = dataSource.getConnection()) {
            if (!claims.claim(connection, "series:" + series + ":" + sha256)) {
                throw new SeriesProblem(
                        "Tệp này đang được nhập vào chuỗi " + series + " trong một yêu cầu khác. / This file is"
                                + " already being imported into the series " + series + " by another request.",
                        SeriesProblem.Kind.CONFLICT);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public ImportReport importFile(String series, InputStream in, SeriesFormat format, String fileName, String user) {
        if (series == null || !series.matches(CODE)) {
            throw new SeriesProblem(
                    "Mã chuỗi số liệu chỉ gồm chữ thường, chữ số và dấu gạch ngang, tối đa 60 ký tự. / A series"
                            + " code is lower-case letters, digits and hyphens, at most 60 characters.",
                    false);
        }
        if (dataSeries.fedElsewhere(series, GenericSeries.class)) {
            throw new SeriesProblem(
                    "Chuỗi số liệu " + series + " do nguồn riêng cung cấp, không nhập bằng tệp. / The series " + series
                            + " has a source of its own and is not imported from a file.",
                    false);
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        Map<String, String> units = directory.parents();
        List<SeriesFile.Row> rows;
        try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
            rows = new SeriesFile(units::containsKey).read(digesting, format);
            // The rest of the body, if any, counts in the hash too.
            digesting.transferTo(OutputStream.nullOutputStream());
        } catch (SeriesFile.Rejected e) {
            throw new SeriesProblem(e.getMessage(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = HexFormat.of().formatHex(sha.digest());
        claim(series, sha256);
        SeriesImport record =
                new SeriesImport(series, fileName, sha256, format.name(), user, OffsetDateTime.now(clock), rows.size());
        em.persist(record);
        // The import first, as the values refer to it.
        em.flush();
        for (SeriesFile.Row row : rows) {
            em.persist(new SeriesValue(series, row.unit(), row.time(), row.category(), row.value(), record.id()));
        }
        audit.append(AuditFacts.of(AuditKind.SERIES_IMPORTED, user)
                .actorName(audit.nameOf(user))
                .detail("Chuỗi " + series + ": " + rows.size() + " giá trị từ tệp " + fileName + " (SHA-256 "
                        + record.sha256() + ") / series " + series + ": " + rows.size() + " values"));
        return new ImportReport(
                record.id(),
                series,
                record.fileName(),
                record.sha256(),
                record.format(),
                user,
                record.importedAt(),
                rows.size());
    }
}
