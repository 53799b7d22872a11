package io.talentatlas.analysis.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese administrative divisions (GB/T 2260 codes, NBS 2023 edition) loaded once from
 * {@code regions/regions-nbs2023.csv} on the classpath.
 *
 * <p>Besides lookups by code it answers the two questions every fact needs: which prefecture-level city and which
 * province a code belongs to. Municipalities (北京, 上海 …) are their own city, and county-level cities that report
 * straight to a province (仙桃市 under 省直辖县级行政区划) are their own city as well, because the pseudo-rows
 * 市辖区/省直辖县级行政区划 in between are not places anyone writes about.
 */
public final class Gazetteer {

    private static final String RESOURCE = "/regions/regions-nbs2023.csv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByCode;
    /**
     * {@link #city} and {@link #province} of every code, worked out once: the region scan asks for them at nearly
     * every mention, and walking the parent chain each time (a list, Optionals, a map lookup per level) was a tenth
     * of the scan's profile.
     */
    private final Map<String, Region> cityByCode = new HashMap<>();
    private final Map<String, Region> provinceByCode = new HashMap<>();

    Gazetteer(List<Region> regions) {
        Map<String, Region> codes = new LinkedHashMap<>();
        Map<String, List<Region>> children = new HashMap<>();
        for (Region region : regions) {
            // 东莞, 中山 and 儋州 have no counties; the CSV repeats each as a county under itself. Keep the city.
            if (codes.putIfAbsent(region.code(), region) != null) {
                continue;
            }
            if (region.parentCode() != null) {
                children.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.childrenByCode = children;
        for (String code : byCode.keySet()) {
            walkProvince(code).ifPresent(province -> provinceByCode.put(code, province));
            walkCity(code).ifPresent(city -> cityByCode.put(code, city));
        }
    }

    /** The shared gazetteer; the CSV is read on first use. */
    public static Gazetteer instance() {
        return Holder.INSTANCE;
    }

    /** The region with this code, if any. */
    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Every region, in file order (provinces first). */
    public Collection<Region> all() {
        return byCode.values();
    }

    /** The direct children of a region (a province's prefectures, a prefecture's counties and zones). */
    public List<Region> children(String code) {
        return List.copyOf(childrenByCode.getOrDefault(code, List.of()));
    }

    /** The region itself followed by its parent, grandparent … up to the province. */
    public List<Region> parentChain(String code) {
        List<Region> chain = new ArrayList<>();
        Optional<Region> current = byCode(code);
        while (current.isPresent() && chain.size() < 4) {
            chain.add(current.get());
            current = byCode(current.get().parentCode());
        }
        return chain;
    }

    /** The province (level {@link RegionLevel#PROVINCE}) that holds this code. */
    public Optional<Region> province(String code) {
        return Optional.ofNullable(code == null ? null : provinceByCode.get(code));
    }

    private Optional<Region> walkProvince(String code) {
        List<Region> chain = parentChain(code);
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }

    /**
     * The prefecture-level city that holds this code: the prefecture itself, a county's prefecture, a municipality
     * for its districts, a directly administered county-level city for itself. Empty for a province that is not a
     * municipality and for unknown codes.
     */
    public Optional<Region> city(String code) {
        return Optional.ofNullable(code == null ? null : cityByCode.get(code));
    }

    private Optional<Region> walkCity(String code) {
        Optional<Region> province = walkProvince(code);
        if (province.isPresent() && isMunicipality(province.get())) {
            return province;
        }
        for (Region region : parentChain(code)) {
            if (region.level() == RegionLevel.PREFECTURE && !isPseudo(region)) {
                return Optional.of(region);
            }
            boolean underPseudo = byCode(region.parentCode()).map(Gazetteer::isPseudo).orElse(false);
            if (region.level() == RegionLevel.COUNTY && underPseudo) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** True for a province-level municipality (北京, 天津, 上海, 重庆). */
    public boolean isMunicipality(Region province) {
        return province.level() == RegionLevel.PROVINCE && province.name().endsWith("市");
    }

    /** True for rows that only group other rows: 市辖区, 县, 省直辖县级行政区划. */
    static boolean isPseudo(Region region) {
        String name = region.name();
        return "市辖区".equals(name) || "县".equals(name) || name.endsWith("直辖县级行政区划");
    }

    private static List<Region> load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(Gazetteer::parseRow).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Region parseRow(String line) {
        String[] cells = line.split(",", -1);
        RegionLevel level = RegionLevel.valueOf(cells[2].trim().toUpperCase(java.util.Locale.ROOT));
        String parent = cells[3].isBlank() ? null : cells[3].trim();
        boolean devZone = cells.length > 4 && "devzone".equals(cells[4].trim());
        return new Region(cells[0].trim(), cells[1].trim(), level, parent, devZone);
    }

    /** Lazy holder: the CSV is parsed once, thread-safely, the first time anyone asks. */
    private static final class Holder {
        private static final Gazetteer INSTANCE = new Gazetteer(load());
    }
}
