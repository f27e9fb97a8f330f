#pragma once

#include "models/choicelistmodel.h"

namespace cg {

// The family situations offered at first run and in More, in words a parent recognises.
class FamilySituationModel : public cg::ChoiceListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")

public:
    explicit FamilySituationModel(SettingsController &settings, QObject *parent = nullptr);

protected:
    int choiceCount() const override;
    QString keyAt(int row) const override;
    QString labelAt(int row) const override;
    QString chosenKey() const override;
    bool choose(const QString &key) override;
};

} // namespace cg
