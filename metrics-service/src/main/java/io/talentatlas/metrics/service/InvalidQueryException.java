package io.talentatlas.metrics.service;

/** A request whose parameters are well-formed but cannot be answered as asked (e.g. summing a stock). */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
