package vn.dieuhanh.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.dieuhanh.reporting.entity.Target;

/** The data series every source feeds, by name: what a measured target reads. */
@ApplicationScoped
public class DataSeries {

    @Inject
    @Any
    Instance<SeriesSource> sources;

    /** Every series a target may name. */
    public Set<String> known() {
        Set<String> names = new TreeSet<>();
        sources.forEach(source -> names.addAll(source.series()));
        return names;
    }

    /** A target's figures in a window; none when no source feeds its series. */
    public SeriesSource.Figures figures(Target target, OffsetDateTime from, OffsetDateTime to, List<String> units) {
        if (target.series() == null) {
            return SeriesSource.Figures.none();
        }
        return source(target.series())
                .map(source -> source.figures(target.series(), from, to, units, target))
                .orElse(SeriesSource.Figures.none());
    }

    /** Whether a source other than {@code except} feeds the series: an import must not shadow it. */
    public boolean fedElsewhere(String series, Class<? extends SeriesSource> except) {
        for (SeriesSource source : sources) {
            if (!except.isInstance(source) && source.series().contains(series)) {
                return true;
            }
        }
        return false;
    }

    private Optional<SeriesSource> source(String series) {
        for (SeriesSource source : sources) {
            if (source.series().contains(series)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
