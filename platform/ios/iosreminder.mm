#include "ios/iosplatform.h"

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

// The check-in reminder on iOS: one pending request under a fixed identifier, so scheduling again
// replaces it. The words come from the app and say nothing private; they may show on a locked
// screen.

namespace cg {
namespace {

NSString *const kReminderId = @"checkin-reminder";

} // namespace

bool IosPlatform::scheduleReminder(const QDateTime &when, const QString &text)
{
    UNUserNotificationCenter *centre = [UNUserNotificationCenter currentNotificationCenter];
    UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
    content.body = text.toNSString();
    const QDate day = when.date();
    const QTime time = when.time();
    NSDateComponents *moment = [[NSDateComponents alloc] init];
    moment.year = day.year();
    moment.month = day.month();
    moment.day = day.day();
    moment.hour = time.hour();
    moment.minute = time.minute();
    UNCalendarNotificationTrigger *trigger = [UNCalendarNotificationTrigger triggerWithDateMatchingComponents:moment
                                                                                                      repeats:NO];
    UNNotificationRequest *request = [UNNotificationRequest requestWithIdentifier:kReminderId
                                                                          content:content
                                                                          trigger:trigger];
    // Without the parent's yes iOS keeps the request but never shows it.
    [centre addNotificationRequest:request withCompletionHandler:nil];
    return true;
}

void IosPlatform::askToRemind()
{
    // iOS asks once; after that this changes nothing.
    [[UNUserNotificationCenter currentNotificationCenter]
        requestAuthorizationWithOptions:UNAuthorizationOptionAlert
                      completionHandler:^(BOOL, NSError *) {}];
}

void IosPlatform::cancelReminder()
{
    [[UNUserNotificationCenter currentNotificationCenter] removePendingNotificationRequestsWithIdentifiers:@[kReminderId]];
}

} // namespace cg
