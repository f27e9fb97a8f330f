package org.commonground.app;

import android.app.AlarmManager;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.os.Build;

// The app's one local notification: a check-in reminder on the day one falls due. The app sets
// it (or cancels it) every time it starts and after every check-in, so one alarm is ever
// pending. The words come from the app and say nothing private, as they can show on a locked
// screen; tapping them opens the app at Home.
public class CheckInReminder extends BroadcastReceiver {
    private static final String CHANNEL = "checkin-reminders";
    private static final String EXTRA_TEXT = "text";
    private static final int REQUEST = 1;

    public static void schedule(Context context, long atMillis, String text) {
        AlarmManager alarms = (AlarmManager) context.getSystemService(Context.ALARM_SERVICE);
        if (alarms != null)
            alarms.set(AlarmManager.RTC_WAKEUP, atMillis, pending(context, text));
    }

    public static void cancel(Context context) {
        AlarmManager alarms = (AlarmManager) context.getSystemService(Context.ALARM_SERVICE);
        if (alarms != null)
            alarms.cancel(pending(context, ""));
    }

    private static PendingIntent pending(Context context, String text) {
        Intent intent = new Intent(context, CheckInReminder.class);
        intent.putExtra(EXTRA_TEXT, text);
        return PendingIntent.getBroadcast(context, REQUEST, intent,
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    @Override
    public void onReceive(Context context, Intent intent) {
        NotificationManager manager = (NotificationManager) context.getSystemService(Context.NOTIFICATION_SERVICE);
        if (manager == null)
            return;
        Notification.Builder builder;
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            manager.createNotificationChannel(new NotificationChannel(CHANNEL, "Check-in reminders",
                    NotificationManager.IMPORTANCE_DEFAULT));
            builder = new Notification.Builder(context, CHANNEL);
        } else {
            builder = new Notification.Builder(context);
        }
        Intent open = context.getPackageManager().getLaunchIntentForPackage(context.getPackageName());
        PendingIntent tap = PendingIntent.getActivity(context, REQUEST, open, PendingIntent.FLAG_IMMUTABLE);
        builder.setSmallIcon(context.getApplicationInfo().icon)
               .setContentText(intent.getStringExtra(EXTRA_TEXT))
               .setContentIntent(tap)
               .setAutoCancel(true)
               // Nothing from the app on a locked screen but its name.
               .setVisibility(Notification.VISIBILITY_PRIVATE);
        manager.notify(REQUEST, builder.build());
    }
}
