#pragma once

#include <QString>

// A recommendation code with its format version changed on purpose and its check character
// worked out again (Damm over GF(32), as app/core/recommendationcode.cpp), so the decoder gets
// past the check and meets the version: 2 is a newer format, 0 is no format at all. Written out
// here rather than calling the app's own code, so a mistake there cannot hide itself.
inline QString withFormatVersion(QString plainCode, int version)
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    const int first = int(alphabet.indexOf(plainCode.at(0)));
    plainCode[0] = alphabet.at((first & 0b00011) | (version << 2));
    plainCode.chop(1);
    int interim = 0;
    for (const QChar c : plainCode) {
        interim <<= 1;
        if (interim & 0x20)
            interim ^= 0x25;
        interim ^= int(alphabet.indexOf(c));
    }
    int check = interim << 1;
    if (check & 0x20)
        check ^= 0x25;
    return plainCode + alphabet.at(check);
}
