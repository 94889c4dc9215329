package org.joinedup.server;

public final class JoinedUp {
    public static void main(String[] args) {}
}
