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

void start(EVP_MD_CTX* ctx) { check(EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr), "EVP_DigestInit_ex"); }

std::string to_hex(const unsigned char* bytes, unsigned int size) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * size);
    for (unsigned int i = 0; i < size; ++i) {
        hex.push_back(digits[bytes[i] >> 4]);
        hex.push_back(digits[bytes[i] & 0x0F]);
    }
    return hex;
}

}  // namespace

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

std::string Sha256::hex_digest() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    check(EVP_DigestFinal_ex(m_context->ctx.get(), digest, &size), "EVP_DigestFinal_ex");
    start(m_context->ctx.get());
    return to_hex(digest, size);
}

std::string sha256_hex(std::string_view bytes) {
    Sha256 hash;
    hash.update(bytes);
    return hash.hex_digest();
}

}  // namespace gradus
