package org.welcomingcity.web.security.provider;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The provider's RSA signing keys from its JWKS document, by key id. Other key types are ignored. */
final class ProviderKeys {

    private final Map<String, PublicKey> byId;

    private ProviderKeys(Map<String, PublicKey> byId) {
        this.byId = byId;
    }

    static ProviderKeys of(JsonObject jwks) {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonObject key : jwks.getJsonArray("keys").getValuesAs(JsonObject.class)) {
            boolean signing = !key.containsKey("use") || "sig".equals(key.getString("use", ""));
            if ("RSA".equals(key.getString("kty", "")) && signing) {
                keys.put(key.getString("kid", ""), rsa(key));
            }
        }
        return new ProviderKeys(keys);
    }

    private static PublicKey rsa(JsonObject key) {
        Base64.Decoder decoder = Base64.getUrlDecoder();
        BigInteger modulus = new BigInteger(1, decoder.decode(key.getString("n")));
        BigInteger exponent = new BigInteger(1, decoder.decode(key.getString("e")));
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The provider published an unusable RSA key", e);
        }
    }

    /** The key a token names; a token without a key id may use the only key there is. */
    Optional<PublicKey> find(String keyId) {
        if (keyId == null) {
            return byId.size() == 1 ? byId.values().stream().findFirst() : Optional.empty();
        }
        return Optional.ofNullable(byId.get(keyId));
    }
}
