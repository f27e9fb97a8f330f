#pragma once

#include <QList>
#include <QString>

namespace cg {

// A phone number, web address, e-mail address or postcode found in free text.
struct ContactDetail {
    QString kind;  // "a phone number", "a web address", "an e-mail address", "a postcode"
    QString text;  // what was found, as written
};

// Finds contact details with simple patterns. Welcome words must not carry any: every contact
// detail belongs in the services list, where it has a source and a review date.
QList<ContactDetail> findContactDetails(const QString &text);

} // namespace cg
