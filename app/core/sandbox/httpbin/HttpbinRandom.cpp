#include "sandbox/httpbin/HttpbinRandom.h"

namespace statusdeck::httpbin {

namespace {
constexpr quint32 kMatrixA = 0x9908b0dfU;
constexpr quint32 kUpper = 0x80000000U;
constexpr quint32 kLower = 0x7fffffffU;
constexpr int kM = 397;
} // namespace

void PythonRandom::setSeed(quint64 seed)
{
    // init_genrand(19650218) then init_by_array(key): the key is the seed's 32-bit words,
    // least significant first, at least one word (CPython's random_seed).
    std::array<quint32, 2> key{quint32(seed), quint32(seed >> 32)};
    const int keyLength = (seed >> 32) != 0 ? 2 : 1;

    m_state[0] = 19650218U;
    for (int i = 1; i < kN; ++i)
        m_state[i] = 1812433253U * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + quint32(i);
    int i = 1;
    int j = 0;
    for (int k = qMax(kN, keyLength); k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525U)) + key[j] + quint32(j);
        ++i;
        ++j;
        if (i >= kN) {
            m_state[0] = m_state[kN - 1];
            i = 1;
        }
        if (j >= keyLength)
            j = 0;
    }
    for (int k = kN - 1; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941U)) - quint32(i);
        ++i;
        if (i >= kN) {
            m_state[0] = m_state[kN - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000U;
    m_index = kN;
}

quint32 PythonRandom::next32()
{
    if (m_index >= kN) {
        for (int k = 0; k < kN; ++k) {
            const quint32 y = (m_state[k] & kUpper) | (m_state[(k + 1) % kN] & kLower);
            m_state[k] = m_state[(k + kM) % kN] ^ (y >> 1) ^ ((y & 1U) != 0 ? kMatrixA : 0U);
        }
        m_index = 0;
    }
    quint32 y = m_state[m_index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

quint32 PythonRandom::bits(int k)
{
    return next32() >> (32 - k);
}

quint32 PythonRandom::below(quint32 n)
{
    // _randbelow_with_getrandbits: draw n.bit_length() bits until the value is below n.
    int k = 0;
    for (quint32 v = n; v != 0; v >>= 1)
        ++k;
    quint32 r = bits(k);
    while (r >= n)
        r = bits(k);
    return r;
}

double PythonRandom::uniform01()
{
    const quint32 a = next32() >> 5;
    const quint32 b = next32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

} // namespace statusdeck::httpbin
