#pragma once

#include "server/servercommandline.h"

namespace cg {

struct UserAddResult {
    bool added = false;
    QString message;  // one line for the operator: what was done, or why not
};

// `commonground-server user add`: checks the area is one this server knows and the password is
// long enough, then keeps the account with an Argon2id hash of the password. An e-mail address
// that already has an account is left exactly as it was.
UserAddResult addUser(const UserAddOptions &options, const QString &password);

} // namespace cg
