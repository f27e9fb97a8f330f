#pragma once

#include "core/module.h"
#include "core/service.h"

#include "models/openablelistmodel.h"

#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

class SettingsController;

// Home's "Recommended for you by your family worker": the guides and then the services named by
// the code the parent redeemed, read afresh against what the app has now. Only what fits a
// parent's Home shows (recommendationrules.h), and no help for both parents together once the
// parent has reached the safety route.
class RecommendationListModel : public OpenableListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { ItemIdRole = Qt::UserRole + 1, IsGuideRole, TitleRole, SummaryRole, OpenedRole };

    using ServicesNow = std::function<QList<Service>()>;  // national and the chosen area's

    RecommendationListModel(const QList<Module> &modules, ServicesNow services, SettingsController &settings,
                            QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the kept code and the lists again (after a redeem, another area or pack).
    void refresh();
    // The module list is about to be rebuilt (another area): drop every row until refresh().
    void forgetModules();
    // Takes the recommendation off Home for good.
    Q_INVOKABLE bool remove();

signals:
    void countChanged();
    void moduleOpenRequested(const QString &moduleId);
    void serviceOpenRequested(const QString &serviceId);

protected:
    int openedRole() const override { return OpenedRole; }
    void openRow(int row) override;

private:
    struct Row {
        QString id;
        bool guide;
        QString title;
        QString summary;

        bool operator==(const Row &) const = default;
    };

    const QList<Module> &m_modules;
    ServicesNow m_services;
    SettingsController &m_settings;
    QList<Row> m_rows;
};

} // namespace cg
