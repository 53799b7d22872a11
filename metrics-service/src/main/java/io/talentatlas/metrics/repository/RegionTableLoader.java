package io.talentatlas.metrics.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.talentatlas.analysis.regions.Gazetteer;
import io.talentatlas.analysis.regions.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Mirrors the analysis gazetteer into the {@code region} table at start. The gazetteer ships with the code that
 * resolves regions in facts, so loading it from there (rather than from a copy in a migration) keeps the table and
 * the facts' codes from drifting apart. The upsert is one statement and idempotent, so replicas may race.
 */
@ApplicationScoped
public class RegionTableLoader {

    private static final Logger LOG = Logger.getLogger(RegionTableLoader.class);

    private static final String UPSERT = """
            INSERT INTO region (code, name, level, parent_code, dev_zone)
            SELECT * FROM unnest(?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::boolean[])
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                parent_code = EXCLUDED.parent_code, dev_zone = EXCLUDED.dev_zone
            WHERE (region.name, region.level, region.parent_code, region.dev_zone)
                IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_code, EXCLUDED.dev_zone)
            """;

    private final AgroalDataSource dataSource;

    public RegionTableLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        Collection<Region> regions = Gazetteer.instance().all();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setArray(1, connection.createArrayOf("varchar", column(regions, Region::code)));
            upsert.setArray(2, connection.createArrayOf("text", column(regions, Region::name)));
            upsert.setArray(3, connection.createArrayOf("varchar",
                    column(regions, region -> region.level().name().toLowerCase(Locale.ROOT))));
            upsert.setArray(4, connection.createArrayOf("varchar", column(regions, Region::parentCode)));
            upsert.setArray(5, connection.createArrayOf("boolean",
                    regions.stream().map(Region::devZone).toArray(Boolean[]::new)));
            int changed = upsert.executeUpdate();
            LOG.infof("region table: %d gazetteer rows, %d inserted or updated", regions.size(), changed);
        }
    }

    private static String[] column(Collection<Region> regions, java.util.function.Function<Region, String> cell) {
        return regions.stream().map(cell).toArray(String[]::new);
    }
}
