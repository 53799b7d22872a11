package io.talentatlas.metrics.service;

/** A request named an article id that is not stored. */
public class UnknownArticleException extends RuntimeException {

    public UnknownArticleException(String id) {
        super("no article with id " + id);
    }
}
