#include "gradus/core/sha256.hpp"

#include "gradus/core/errors.hpp"

#include <openssl/evp.h>

namespace gradus {

struct Sha256::Context {
    struct Free {
        void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> ctx;
};

namespace {

void check(int ok, const char* what) {
    if (ok != 1) {
        throw InternalError(std::string("OpenSSL SHA-256: ") + what + " failed");
    }
}

// The implementation, fetched from OpenSSL 3's provider store once per process: EVP_sha256() would
// look it up again on every new context, which cost 2% of a batch of 100,000 small prospetti.
const EVP_MD* sha256_implementation() {
    struct Free {
        void operator()(EVP_MD* md) const { EVP_MD_free(md); }
    };
    static const std::unique_ptr<EVP_MD, Free> md(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    if (!md) throw InternalError("OpenSSL SHA-256: EVP_MD_fetch failed");
    return md.get();
}

void start(EVP_MD_CTX* ctx) { check(EVP_DigestInit_ex(ctx, sha256_implementation(), nullptr), "EVP_DigestInit_ex"); }

// Starts the context over with the digest it already holds: naming EVP_sha256() again would make
// OpenSSL 3 look the implementation up in its provider store on every row of a bulk write.
void restart_context(EVP_MD_CTX* ctx) { check(EVP_DigestInit_ex(ctx, nullptr, nullptr), "EVP_DigestInit_ex"); }

}  // namespace

std::string to_hex(const Sha256Digest& digest) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex(2 * digest.size(), '\0');
    for (std::size_t i = 0; i < digest.size(); ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0x0F];
    }
    return hex;
}

Sha256::Sha256() : m_context(std::make_unique<Context>()) {
    m_context->ctx.reset(EVP_MD_CTX_new());
    if (!m_context->ctx) {
        throw InternalError("OpenSSL SHA-256: EVP_MD_CTX_new failed");
    }
    start(m_context->ctx.get());
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes) {
    check(EVP_DigestUpdate(m_context->ctx.get(), bytes.data(), bytes.size()), "EVP_DigestUpdate");
}

Sha256Digest Sha256::digest() {
    Sha256Digest digest;
    unsigned int size = 0;
    check(EVP_DigestFinal_ex(m_context->ctx.get(), digest.data(), &size), "EVP_DigestFinal_ex");
    if (size != digest.size()) throw InternalError("OpenSSL SHA-256: a digest of " + std::to_string(size) + " bytes");
    restart_context(m_context->ctx.get());
    return digest;
}

void Sha256::restart() { restart_context(m_context->ctx.get()); }

std::string Sha256::hex_digest() { return to_hex(digest()); }

std::string sha256_hex(std::string_view bytes) {
    Sha256 hash;
    hash.update(bytes);
    return hash.hex_digest();
}

}  // namespace gradus
