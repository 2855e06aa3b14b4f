#pragma once

#include <QtGlobal>

#include <array>

namespace statusdeck::httpbin {

// Python's `random` module: MT19937 seeded as random.seed(int) seeds it, and the same
// draws (getrandbits, randrange, random). So /bytes/{n}?seed=S gives byte for byte what
// httpbin gives, and tests seed it to make weighted /status lists deterministic.
class PythonRandom
{
public:
    explicit PythonRandom(quint64 seed = 0) { setSeed(seed); }

    void setSeed(quint64 seed); // random.seed(seed), seed >= 0
    quint32 next32();           // genrand_uint32
    quint32 bits(int k);        // random.getrandbits(k), 1 <= k <= 32
    quint32 below(quint32 n);   // random.randrange(n), n >= 1
    double uniform01();         // random.random()

private:
    static constexpr int kN = 624;
    std::array<quint32, kN> m_state{};
    int m_index = kN + 1;
};

} // namespace statusdeck::httpbin
