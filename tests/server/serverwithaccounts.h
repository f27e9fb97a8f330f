#pragma once

#include "content/arealoader.h"
#include "server/useradd.h"

#include "httpprobe.h"
#include "runningserver.h"

// The password every test account signs in with.
inline const QString kTestPassword = QStringLiteral("correct horse battery");

// A running server that knows the shipped areas, with an account of each scope: a coordinator of
// Sefton (jo@sefton.example), one of the North West region (nw@example.org), and a national
// administrator (all@example.org).
struct ServerWithAccounts {
    RunningServer running;
    QList<cg::Area> areas = cg::loadAreas(QStringLiteral(CG_CONTENT_DIR)).areas;

    explicit ServerWithAccounts(cg::DatabaseUrl::Engine engine) : running(engine)
    {
        using cg::Account;
        running.server.setAreas(areas);
        add(Account{QStringLiteral("jo@sefton.example"), Account::Role::Coordinator, Account::Scope::Area, QStringLiteral("E08000014")});
        add(Account{QStringLiteral("nw@example.org"), Account::Role::Coordinator, Account::Scope::Region, QStringLiteral("North West")});
        add(Account{QStringLiteral("all@example.org"), Account::Role::Admin, Account::Scope::National, QString()});
    }

    void add(const cg::Account &account)
    {
        REQUIRE(cg::addUser(cg::UserAddOptions{running.scratch.url(), account, QStringLiteral(CG_CONTENT_DIR)}, kTestPassword).added);
    }

    // Signs in and returns "cg_session=SECRET", for the next request's Cookie header.
    QByteArray cookieFor(const QString &email)
    {
        const HttpReply reply = httpSignIn(running.url("/login"), email, kTestPassword);
        REQUIRE(reply.status == 303);
        return reply.setCookie.split(';').first();
    }
};
