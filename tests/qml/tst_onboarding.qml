import QtQuick
import QtTest
import CommonGround
import CommonGround.Testing
import "finditem.js" as Find

Item {
    id: root

    width: 360
    height: 740

    OnboardingPage {
        id: page

        anchors.fill: parent
        app: TestApp
    }

    TestCase {
        name: "Onboarding"
        when: windowShown

        function tap(text) {
            const item = Find.byText(page, text);
            verify(item, "nothing on screen says \"" + text + "\"");
            mouseClick(item);
        }

        function test_firstRunWalkThrough() {
            compare(TestApp.onboarding.step, 0);
            compare(TestApp.settings.areaCode, "", "no area until the parent picks one");

            tap("Sefton");
            compare(TestApp.settings.areaName, "Sefton");
            tap("Next");
            compare(TestApp.onboarding.step, 1);

            tap("We're separated or apart");
            compare(TestApp.settings.familySituation, "separated");
            tap("Next");
            compare(TestApp.onboarding.step, 2);

            const statistics = Find.byText(page, "Share counts of how the app is used");
            verify(statistics);
            verify(!statistics.checked, "statistics must be off until the parent turns them on");
            verify(!TestApp.settings.statisticsConsent);

            tap("Start");
            verify(TestApp.settings.onboardingComplete);
            verify(!TestApp.navigation.onboardingVisible);
        }
    }
}
