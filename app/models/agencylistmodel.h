#pragma once

#include "models/choicelistmodel.h"

namespace cg {

// Practitioner mode: the kinds of agency a practitioner can work for. The choice goes into every
// code they make (so the council can see which services hand codes out), never who they are.
class AgencyListModel : public cg::ChoiceListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    explicit AgencyListModel(SettingsController &settings, QObject *parent = nullptr);

    // The words for an agency key, or empty for an unknown one.
    static QString labelFor(const QString &key);

protected:
    int choiceCount() const override;
    QString keyAt(int row) const override;
    QString labelAt(int row) const override;
    QString chosenKey() const override;
    bool choose(const QString &key) override;
};

} // namespace cg
