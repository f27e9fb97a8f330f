<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgencyListModel</name>
    <message>
        <source>Health visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midwifery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early help or family support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP or health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcentre or employment support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <source>Where are you starting from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six quick questions, about two minutes. Later you can see how things change. Only you see your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks again in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop these reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: six quick questions, about two minutes, to see how things have changed since you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop check-in reminders? You can still take one from your journal at any time, and turn reminders back on under More.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInProgressView</name>
    <message>
        <source>How your answers have changed since your first check-in. Taller bars mean things went better. Only you can see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your first check-in. It is your starting point, and later ones show how things change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your starting point. Your next check-in is due around %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your starting point. Your next check-in will show how things change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ups and downs are normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most families have good weeks and hard weeks. If something has got harder, you do not have to manage it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find help near you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a check-in now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved on this phone. Only you can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next check-in is around %1. Home will remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next check-in is around %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckQuestion</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPart</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyCard</name>
    <message>
        <source>If you are in danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 999. If you cannot speak, listen to the questions and cough or tap the phone if you can. On a mobile, press 55 when asked and you will be put through to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 999, emergency services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilySituationModel</name>
    <message>
        <source>We&apos;re expecting a baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have a new baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&apos;re separated or apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&apos;re a step or blended family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a kinship or foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&apos;re together as a couple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideChapterView</name>
    <message>
        <source>Back to the chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideContentsView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short screens to read before a visit, or to glance at during one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideScreenCard</name>
    <message>
        <source>Where this comes from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatPicker</name>
    <message>
        <source>%1 out of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is calm, 5 is very heated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpListView</name>
    <message>
        <source>Asking for help is a strong thing to do. Whatever is going on, you do not have to sort it out alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling afraid or controlled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What abuse can look like, who to call day or night, and keeping your phone safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it arguing, or something more? Take a short check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for your family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches all of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer filters, or clear them to see every service again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family argues sometimes. This app helps you handle disagreements in a way that is better for you and your children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place to note how things went. It stays on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do if you are in danger, and where to find support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an idea once you have given it a go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to read next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended for you by your family worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take these off Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your family worker&apos;s picks off Home? The guides stay on Learn and the services on Get help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, take them off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineConfirm</name>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalChoices</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex or co-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parenting and discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and in-laws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol or drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and jealousy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouting or swearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone walked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name-calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things thrown or broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was pushed or hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I felt afraid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was stopped from seeing people or using money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My phone was checked or my location tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sorted it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agreed to differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still not sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of us walked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We made up later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bit tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very heated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCsv</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heated (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the children seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntryForm</name>
    <message>
        <source>Something went well? Note it here. Good days are part of the picture too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap what fits and skip the rest. Only you can see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What time of day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was it about? (Pick any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heated did it get?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? (Pick any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They saw some of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They heard some of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did they seem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words (if you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped it go well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped, even a little?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else to note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry? It will be gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalExportView</name>
    <message>
        <source>Back to journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file saved here is not locked with your PIN. Anyone who gets it can read it. Think about who else uses this phone, your e-mail or your online storage, and delete the file when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a worker you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary shows your patterns over the last 12 weeks and each entry. The spreadsheet has every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all entries (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to a new phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is locked with a passphrase you choose. On the new phone, open the journal, choose Restore and type the same passphrase. Nothing is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (8 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal backups (*.cgbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFollowUpView</name>
    <message>
        <source>Your entry is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noted that things were thrown or broken. Can we ask one more thing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did it make you feel afraid, or worried about your safety or the children&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I felt afraid or worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no wrong answer. It helps us show you the right support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalForgotPinView</name>
    <message>
        <source>Forgotten your PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry, but nobody can get your PIN back, not even us. Your journal is locked so that only the PIN can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my journal and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I remember it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot remember it, you can start your journal again. This deletes every entry, and what you wrote in guides, for good. How far you got in each guide and your settings stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your journal? Every entry, and what you wrote in guides, will be gone for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete and start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalInsights</name>
    <message>
        <source>Some of what you noted, like feeling afraid or being controlled, is more than an everyday argument. It is not your fault, and help is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your last %2 arguments started by text or messages. Words on a screen are easy to misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money came up most. Money worries put a strain on lots of families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children were there for most of them. There are simple ways to help children feel safe when grown-ups argue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things often got very heated. A short break to calm down can help everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of these arguments were left not sorted out. That happens to lots of people, and it can get easier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noted one good day. That counts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You noted %n good days. Those count too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalListView</name>
    <message>
        <source>A private place to note arguments and good days, so you can spot patterns over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some entries (%1) could not be opened. They have been kept, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how things have been going over the last few weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After an argument, or a day that went well, tap a button below. It takes less than a minute, and you can skip any question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping it private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked with a PIN. It locks by itself after 5 minutes without a tap, and straight away when you use quick exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write is kept scrambled on this phone and never sent anywhere. Anyone who can open the app can read it. A PIN stops that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock with a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share, back up or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN to stop using it. After that, anyone who can open the app can read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are things going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six quick questions, about two minutes. Your answers are your starting point, so you can see how things change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how your answers have changed since your first check-in, or take one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalLockView</name>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your PIN?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a good day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPinSetupView</name>
    <message>
        <source>Lock your journal with a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 4 to 8 numbers. Pick something other people would not guess, and not the PIN you use to unlock your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please remember it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your PIN, nobody can open your journal again, not even us. That is what keeps it private. You would have to start your journal again, empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSafetyView</name>
    <message>
        <source>Being hurt, threatened, made to feel afraid or controlled is not an ordinary argument. It is not your fault, and you do not have to deal with it on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who know about this can listen, help you think it through and talk about staying safe. You do not have to be sure what to call it before you ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help lists support in your area, including services for domestic abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find help near you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping your phone safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, this app will not suggest things to try together with a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone might look at your phone, you can lock your journal with a PIN. The Quick exit button at the top hides this app at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about staying safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for being honest about this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSummary</name>
    <message>
        <source>none noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children there, saw or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the children seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My journal summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Common Ground app, %1 to %2. Written by me, for the people I choose to share it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average heat (1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted out or made up later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children there, saw or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they were about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTrendsView</name>
    <message>
        <source>Back to journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things you might notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they were about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short guides about arguing less and getting on better, for parents who live together or apart. Each one takes 5 to 15 minutes and works without the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides on this phone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When guides are added to the app, they will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show guides for my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guides and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another word, like &quot;arguing&quot;, &quot;money&quot; or &quot;children&quot;. Or clear the search to see all the guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>Done · about %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parts read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What best describes your family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lets us show support near you. You can skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This helps us suggest the guides most useful to you. It stays on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need to hide the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write in this app stays on this phone. It is never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap Quick exit at the top of any screen. The app is hidden at once behind a plain clock. To come back, press and hold the time for 2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwayScreens</name>
    <message>
        <source>You can refer directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents can contact them themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk it through first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a referral service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before you refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for both parents: only when there are no signs of abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area you work in, under Your area on the More screen, to see its services here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not have %1&apos;s referral pathway yet. Ask your manager, or the council&apos;s lead for reducing parental conflict, which services take referrals and which need a talk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local services in the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not confirmed this list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to ask about referrals: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local domestic abuse service is in the app yet. Use your agency&apos;s safeguarding route, and show the parent the national helplines under Safety, when you are alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local domestic abuse services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When there are signs of abuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For use on a visit. The app keeps nothing about the family or about you, and there is no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to ask about relationships, telling everyday conflict from abuse, what to do with each answer, and your area&apos;s pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a code for a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick guides and local help. The parent scans the square code or types the short code into their own phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your kind of agency goes into each code. Only if the parent agrees to share anonymous counts can the council see which kinds of service hand codes out. Your area is chosen under Your area: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrScanView</name>
    <message>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the phone so the square code fills the picture. The app reads it by itself: you do not need to press anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not start, so please type the short code instead. If you said no to the camera, you can allow it in your phone&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit: hide this app now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPart</name>
    <message>
        <source>Quick question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it helpful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us. You can read it again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not really</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this could not be saved on this phone. It may be full. What you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the last part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · part %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help is one tap away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help shows who to call, including help that works if you cannot speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write in guides is locked with your journal&apos;s PIN. Open your journal to see and change your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all support for this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a code for a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask first whether it is all right to put something on the parent&apos;s phone. Someone else may look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have seen signs of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides for the topics you picked come first. Up to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent opens Common Ground on their phone, goes to More, then &quot;A code from your family worker&quot;, and scans this or types the short code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square code to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code holds your area, your kind of agency and what you picked. Nothing about the family or about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what is picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again for another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides are left out, because they are about arguing, and so is help for both parents together. Show the parent the Safety button and Quick exit when you are alone, and follow your safeguarding procedures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedeemView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a code from your family worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code in, with or without the dashes. Capital or small letters are both fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is for %1. The app is set up for %2. Switch to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is for %1. Set the app up for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep things as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your Home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your family worker picked for you is now on Home, under &quot;Recommended for you&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the square code, or type the short code under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the square code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local services and the words on Home will then be for %1. You can change this at any time under Your area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionPart</name>
    <message>
        <source>Think about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here if you like. It stays on this phone and is not sent anywhere. If someone else might look at your phone, you can just think about it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyButton</name>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety: help if you feel afraid or unsafe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCheckView</name>
    <message>
        <source>Is it arguing, or something more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions are about your partner or ex. Your answers are not saved, and nobody else sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do my answers mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each question to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sounds like more than ordinary arguing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being afraid, hurt, watched or controlled by a partner or an ex is abuse. It is not your fault, and there are people who can help, day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying safe and who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sounds like the everyday arguing many families have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments can still be hard on you and your children. Small changes can make them calmer and help them get sorted out. If things change, or you ever feel afraid, the Safety button at the top is always there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: Arguing better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Get help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <source>It is not your fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody deserves to be hurt, frightened or controlled by a partner or an ex. It can happen to anyone: mothers and fathers, in any kind of relationship, while you are together or after you have split up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not need to be sure what to call it, or have proof, before you talk to someone. Helplines listen, believe you and help you think about what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What abuse can look like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hitting, pushing, kicking, choking, or breaking things to scare you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being made to do sexual things you do not want to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats to hurt you, the children, pets or themselves, or to take the children away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercive control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern of control: checking your phone, cutting you off from friends and family, watching where you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking or keeping money from you, running up debts in your name, or stopping you working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant put-downs, blame and name-calling, or making you doubt what you remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments happen in every family. When one person is afraid of the other, or one person is always in control, that is not an ordinary argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure? Take a short check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping your phone safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit, at the top of every screen, hides this app at once and locks your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can lock your journal with a PIN, from the Journal tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, messages and web pages can show up in your phone&apos;s history. If someone checks your phone, think about clearing them, or using a phone they cannot see, such as a friend&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are worried someone can see where your phone is, a helpline can talk it through with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, this app will not suggest things to try together with a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Get help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveErrorNote</name>
    <message>
        <source>Sorry, your choice could not be saved on this phone. It may be full. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentReportsView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we have sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide exactly what is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exactly what is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an e-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCardText</name>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details here yet. A health visitor, school or family worker can tell you how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can contact them yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone needs to refer you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open day and night, every day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetailView</name>
    <message>
        <source>Back to all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an e-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFiltersPanel</name>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to get help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can contact them myself (no referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Your area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code from your family worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a health visitor, family worker or someone else who helps your family gave you a code, add it here to see what they picked for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or scan a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For health visitors, family workers and others who visit families: a conversation guide, your area&apos;s pathway, and codes to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open practitioner mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me when a check-in is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we have sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See each weekly report the app has sent or is waiting to send, in words and exactly as it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsChoice</name>
    <message>
        <source>Share counts of how the app is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is off unless you turn it on. If you say yes, once a week the app sends your council a few numbers about that week: for example, which guides were opened and what kinds of help were looked at. It also says which area you chose and the app&apos;s version. It never sends what you write, your answers, your name, the time of day, or anything that could point to you or your phone. If you turn this off, anything not yet sent is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the list of counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every count the app could send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyBars</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TogetherPart</name>
    <message>
        <source>Try this together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only do this if you both feel safe. If you feel afraid of the other person, skip it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TryThisWeekPart</name>
    <message>
        <source>Try this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll try this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your Home screen. Good luck this week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most in one week: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::AreaListModel</name>
    <message>
        <source>I&apos;d prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CheckInController</name>
    <message>
        <source>Your answers could not be saved, so they are still here. Please try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved. The app could not note the date, so it may ask again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins cannot be read right now. Nothing has been deleted. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short check-in is ready when you are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CheckInProgressModel</name>
    <message>
        <source>%1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your starting point: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CommitmentListModel</name>
    <message>
        <source>Your tick could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::GuideController</name>
    <message>
        <source>Your area&apos;s pathway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::JournalController</name>
    <message>
        <source>Your journal cannot be opened on this phone right now. Nothing has been deleted. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN did not match. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal cannot be opened right now. Nothing has been deleted. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries cannot be read right now. Nothing has been deleted. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry could not be saved, so it is still here. Please try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It is good to notice the days that go well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Well done for taking a moment to note it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be deleted. Please try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose 4 to 8 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are different. Please type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be set, so your journal is as it was. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal now needs your PIN to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be removed. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal no longer needs a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be cleared. Please try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is empty and ready to use again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN did not match, so the PIN stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be checked, so it stays. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::JournalDraft</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::JournalEntryListModel</name>
    <message>
        <source>A good day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument with my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument with my ex or co-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument with family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::JournalExport</name>
    <message>
        <source>Your entries are saved as a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be made. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your summary is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least 8 characters. A few words you will remember work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup is saved. You will need the passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be opened. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is too big to be a journal backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a journal backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup was made by a newer version of the app. Please update the app, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open the backup. Please check it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup is damaged or incomplete, so it cannot be used. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 entries could be added before something went wrong. Try again: nothing will be added twice. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 entries from the backup. %2 were already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there. Your journal is unchanged. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please open your journal first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::JournalTrendsModel</name>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 argument in the last %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arguments in the last %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is about %1 a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average they felt: %1 (%2 out of 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted out or made up later: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children were there, saw or heard: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good days noted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week from %1: %2 arguments, %3 good days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments and good days each week. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ModuleListModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PrivacyController</name>
    <message>
        <source>The app could not read its reports just now. Nothing has been lost. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing counts is off, so nothing is sent. Anything not yet sent was deleted when it was turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet. The first report is made when this week ends, and sent the next time you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each report holds one week&apos;s counts and nothing else. Here it is in words, and exactly as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older report(s) could not reach your council for a long time, so the app deleted them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::RecommendationBuilder</name>
    <message>
        <source>First choose the area you work in, under Your area on the More screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choose the kind of agency you work for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one guide or service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app cannot put %1 in a code. Please leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code can hold up to %1 guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code can hold up to %1 services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RedeemController</name>
    <message>
        <source>Type the code your family worker gave you, or scan its square picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Common Ground code. Check it is the code your family worker gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has a letter or sign that codes never use. Check it against the one you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters seem to be missing, or there are too many. Check the code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two characters do not look right. That is easy to do: check each group against your code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was made by a newer version of Common Ground. Update the app, then try the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code cannot be read. Ask your family worker for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is for an area this app does not cover yet. Ask your family worker to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guides and services in this code are no longer in the app. Ask your family worker for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed. You are still using the app for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be saved on this phone. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this code can go on your Home screen. Help is always there under the Safety button at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things in this code are no longer in the app, so they are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ReportListModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SafetyCheckModel</name>
    <message>
        <source>Are you ever afraid of your partner or ex, or of what they might do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have they ever pushed, hit or hurt you, or threatened to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they check your phone, or tell you who you can see and where you can go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they take or control your money, or stop you working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they often put you down, call you names or make you doubt yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have they ever made you do sexual things you did not want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you change what you do or say to stop them getting angry?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ServiceFilters</name>
    <message>
        <source>Things to do yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a particular problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ServiceListModel</name>
    <message>
        <source>Things you can do yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for every family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support with a particular problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help straight away, day or night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SuggestionListModel</name>
    <message>
        <source>Carry on where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good next step after a guide you finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked for your family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good place to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
