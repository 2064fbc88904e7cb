package vn.dieuhanh.series.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One file imported into a data series: who, when, which file (by its SHA-256) and how many values. */
@Entity
@Table(name = "dh_series_import")
public class SeriesImport {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String series;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private String format;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private OffsetDateTime importedAt;

    @Column(name = "rows_stored", nullable = false, updatable = false)
    private int rowsStored;

    protected SeriesImport() {}

    public SeriesImport(
            String series,
            String fileName,
            String sha256,
            String format,
            String importedBy,
            OffsetDateTime importedAt,
            int rowsStored) {
        this.id = UUID.randomUUID().toString();
        this.series = Objects.requireNonNull(series, "series");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.format = Objects.requireNonNull(format, "format");
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        this.rowsStored = rowsStored;
    }

    public String id() {
        return id;
    }

    public String series() {
        return series;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public String format() {
        return format;
    }

    public String importedBy() {
        return importedBy;
    }

    public OffsetDateTime importedAt() {
        return importedAt;
    }

    public int rowsStored() {
        return rowsStored;
    }
}
