#include "flakystatsserver.h"

#include <QJsonDocument>
#include <QJsonObject>

FlakyStatsServer::FlakyStatsServer(Plan plan) : m_plan(std::move(plan))
{
    m_http.serve([this](const LoopbackHttpServer::Request &request) -> std::optional<LoopbackHttpServer::Response> {
        if (request.method != "POST" || request.path != "/v1/reports")
            return std::nullopt;
        const QString id = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("report_id")).toString();
        const Trouble trouble = m_plan(int(m_arrived.size()));
        m_arrived << id;
        if (onRequest)
            onRequest();
        LoopbackHttpServer::Response response = LoopbackHttpServer::Response::json({}, 204);
        const auto store = [this, &id] {
            m_stored.insert(id);
        };
        switch (trouble) {
        case Trouble::None:
            store();
            break;
        case Trouble::ServerError:
            response = LoopbackHttpServer::Response::json(R"({"error":"database unavailable"})", 500);
            break;
        case Trouble::TooMany:
            response = LoopbackHttpServer::Response::json(R"({"error":"too many requests"})", 429);
            response.headers = {{"Retry-After", "7"}};
            break;
        case Trouble::HangUp:
            response.hangUp = true;
            break;
        case Trouble::Slow:
            response.delayMs = slowMs;
            break;
        case Trouble::LostAnswer:
            store();
            response.hangUp = true;
            break;
        case Trouble::Refused:
            response = LoopbackHttpServer::Response::json(R"({"error":"unknown metric","detail":"x"})", 422);
            break;
        }
        return response;
    });
}
