package dev.bootdeck.ssh;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private key file offered for public-key authentication, loaded with JSch's public {@link KeyPair} API (every
 * format JSch reads: OpenSSH, PEM, PuTTY; encrypted or not). JSch's own file identity class is package-private and
 * tied to a global identity list, so per-host identity lists need this small adapter. The public key comes from the
 * key file or its {@code .pub} sibling, so the server is asked whether it accepts the key before anyone is asked for
 * a passphrase. Once decrypted, the key stays decrypted in memory for the life of the client (as in an agent), so a
 * reconnect does not ask again; nothing is written anywhere.
 */
final class KeyFileIdentity implements Identity {
    private final Path file;
    private final KeyPair pair;

    private KeyFileIdentity(Path file, KeyPair pair) {
        this.file = file;
        this.pair = pair;
    }

    /** Loads {@code file}; null when it is absent. */
    static KeyFileIdentity load(JSch jsch, Path file) throws JSchException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Path pub = file.resolveSibling(file.getFileName() + ".pub");
        KeyPair kp = Files.isRegularFile(pub) ? KeyPair.load(jsch, file.toString(), pub.toString())
                : KeyPair.load(jsch, file.toString());
        return new KeyFileIdentity(file, kp);
    }

    Path file() {
        return file;
    }

    @Override
    public boolean setPassphrase(byte[] passphrase) throws JSchException {
        if (!pair.isEncrypted()) {
            return true;
        }
        return passphrase != null && pair.decrypt(passphrase);
    }

    @Override
    public byte[] getPublicKeyBlob() {
        return pair.getPublicKeyBlob();
    }

    @Override
    public byte[] getSignature(byte[] data) {
        return pair.getSignature(data);
    }

    @Override
    public byte[] getSignature(byte[] data, String alg) {
        return pair.getSignature(data, alg);
    }

    @Override
    public String getAlgName() {
        byte[] blob = pair.getPublicKeyBlob();
        return blob != null ? HostKeyFingerprint.keyType(blob) : pair.getKeyTypeString();
    }

    @Override
    public String getName() {
        return file.toString();
    }

    @Override
    public boolean isEncrypted() {
        return pair.isEncrypted();
    }

    @Override
    public void clear() {
        pair.dispose();
    }
}
