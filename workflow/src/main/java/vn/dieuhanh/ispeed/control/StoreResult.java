package vn.dieuhanh.ispeed.control;

import java.util.List;
import vn.dieuhanh.ispeed.boundary.RowProblem;

/**
 * What {@link SampleStore.Stager} did with the staged rows.
 *
 * @param stored new samples
 * @param known samples whose id was imported before: not an error, nothing stored twice
 * @param duplicates later rows repeating a sample id of the same import, refused (none when the rows
 *     came through {@link SampleReader}, which refuses them already)
 */
public record StoreResult(int stored, int known, List<RowProblem> duplicates) {}
