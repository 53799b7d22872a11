package io.talentatlas.analysis.regions;

/** How a surface form names a region; decides how much context a match needs before it is trusted. */
enum NameKind {
    /** The official name with its suffix (大庆市, 和林格尔县); trusted anywhere. */
    OFFICIAL,
    /** A development zone named with its city (包头稀土高新区); trusted anywhere, resolves to the city with a scope. */
    ZONE,
    /** A development zone named without its city (稀土高新区); only inside an article about that city. */
    ZONE_LOCAL,
    /** A press abbreviation from the curated file (呼市); trusted anywhere. */
    ABBREVIATION,
    /** The official name minus its suffix (大庆); a county's short name needs the article's province. */
    SHORT,
    /** A literary nickname (鹤城); only when the article's province is the nickname's province. */
    NICKNAME,
    /** 我市, 全市, 本市: the article's home city. */
    HOME_CITY,
    /** 我省, 全省, 本省: the article's home province. */
    HOME_PROVINCE,
    /** 首府: the capital of the article's home province. */
    CAPITAL
}
