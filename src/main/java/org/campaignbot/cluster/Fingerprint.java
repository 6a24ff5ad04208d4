package org.campaignbot.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over names (any strings: the ledger prints the plans' task rows) and file contents, stored in
 * {@link ClusterState} to tell whether another instance already acted on a change. Contents rather than modification
 * times: instances that see one folder through different shares, or a synced copy, agree on contents but not on
 * times.
 */
public final class Fingerprint {
    private final MessageDigest sha;

    public Fingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Fingerprint name(String name) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    /** The file's bytes; a file that vanished meanwhile counts as a marker of its own. */
    public Fingerprint contents(Path file) {
        try {
            sha.update(Files.readAllBytes(file));
        } catch (IOException gone) {
            sha.update("?".getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) 0);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
