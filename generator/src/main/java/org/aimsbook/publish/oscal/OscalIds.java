package org.aimsbook.publish.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 9562 version 5): the same organization, version and subject always give
 * the same UUID, so two exports of one version are byte-identical and a subject keeps its UUID
 * (OSCAL asks for per-subject UUIDs) while a new version gets new ones.
 */
final class OscalIds {
    /** aimsbook's own namespace, fixed once; changing it would change every exported UUID. */
    private static final UUID NAMESPACE = UUID.fromString("5d1c3f0e-8a8e-4f6b-9c1e-42001a1b2c3d");

    private final String scope;

    OscalIds(String organization, String version) {
        this.scope = organization + "\n" + version + "\n";
    }

    /** The UUID of a subject such as {@code control:A.5.2}. */
    String of(String subject) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        ByteBuffer namespace = ByteBuffer.allocate(16)
                .putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits());
        sha1.update(namespace.array());
        byte[] hash = sha1.digest((scope + subject).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong()).toString();
    }
}
