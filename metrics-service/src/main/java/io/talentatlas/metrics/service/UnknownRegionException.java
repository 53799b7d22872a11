package io.talentatlas.metrics.service;

/** A request named a region code or name the gazetteer does not know. */
public class UnknownRegionException extends RuntimeException {

    public UnknownRegionException(String region) {
        super("unknown region '" + region + "': use a GB/T 2260 code (230600), an official name (大庆市), "
                + "a short name (大庆) or a nickname (百湖之城)");
    }
}
