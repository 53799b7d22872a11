package io.talentatlas.analysis.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.instance();

    @Test
    void loadsTheWholeCsv() {
        // 3351 rows, less the county rows that repeat 东莞, 中山 and 儋州 under themselves.
        assertEquals(3348, gazetteer.all().size());
        assertEquals(RegionLevel.PREFECTURE, gazetteer.byCode("441900").orElseThrow().level());
        assertEquals(31, gazetteer.all().stream().filter(r -> r.level() == RegionLevel.PROVINCE).count());
    }

    @Test
    void looksUpByCode() {
        Region daqing = gazetteer.byCode("230600").orElseThrow();
        assertEquals("大庆市", daqing.name());
        assertEquals(RegionLevel.PREFECTURE, daqing.level());
        assertEquals("230000", daqing.parentCode());
        assertFalse(daqing.devZone());
        assertTrue(gazetteer.byCode("999999").isEmpty());
        assertTrue(gazetteer.byCode(null).isEmpty());
    }

    @Test
    void marksDevelopmentZones() {
        Region zone = gazetteer.byCode("150271").orElseThrow();
        assertTrue(zone.devZone());
        assertEquals("包头稀土高新技术产业开发区", zone.name());
    }

    @Test
    void listsChildren() {
        List<String> names = gazetteer.children("150100").stream().map(Region::name).toList();
        assertTrue(names.contains("和林格尔县"));
        assertTrue(names.contains("呼和浩特经济技术开发区"));
        assertEquals(13, gazetteer.children("230000").size());
    }

    @Test
    void walksTheParentChain() {
        List<String> chain = gazetteer.parentChain("150123").stream().map(Region::code).toList();
        assertEquals(List.of("150123", "150100", "150000"), chain);
    }

    @Test
    void findsCityAndProvinceOfAnyCode() {
        assertEquals("150200", gazetteer.city("150271").orElseThrow().code());
        assertEquals("150200", gazetteer.city("150200").orElseThrow().code());
        assertEquals("150000", gazetteer.province("150271").orElseThrow().code());
        assertEquals("230000", gazetteer.province("230000").orElseThrow().code());
        assertTrue(gazetteer.city("230000").isEmpty());
    }

    @Test
    void everyCodeHasTheProvinceAtTheEndOfItsParentChain() {
        for (Region region : gazetteer.all()) {
            List<Region> chain = gazetteer.parentChain(region.code());
            assertEquals(chain.get(chain.size() - 1), gazetteer.province(region.code()).orElseThrow());
            gazetteer.city(region.code()).ifPresent(city -> assertTrue(chain.contains(city)
                    || gazetteer.isMunicipality(city), region.code()));
        }
        assertTrue(gazetteer.province("999999").isEmpty());
        assertTrue(gazetteer.city(null).isEmpty());
        assertTrue(gazetteer.province(null).isEmpty());
    }

    @Test
    void municipalitiesAndDirectlyAdministeredCitiesAreTheirOwnCity() {
        assertEquals("110000", gazetteer.city("110105").orElseThrow().code());
        assertEquals("500000", gazetteer.city("500000").orElseThrow().code());
        assertEquals("429004", gazetteer.city("429004").orElseThrow().code());
        assertEquals("420000", gazetteer.province("429004").orElseThrow().code());
    }
}
