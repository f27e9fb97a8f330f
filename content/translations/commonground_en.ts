<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistPart</name>
    <message>
        <source>Checklist</source>
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
    <name>HelpPage</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now</source>
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
    <message>
        <source>Asking for help is a strong thing to do. Whatever is going on, you do not have to sort it out alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 999. If you cannot speak, listen to the questions and cough or tap the phone if you can. On a mobile, press 55 when asked and you will be put through to the police.</source>
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
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is a private place to note arguments and good days, so you can spot patterns over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write here stays on this phone. It is never sent anywhere.</source>
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
        <source>Common Ground, version %1</source>
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
        <source>Go to Get help</source>
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
    <name>StatisticsChoice</name>
    <message>
        <source>Share counts of how the app is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is off unless you turn it on. If you say yes, once a week the app sends your council a few counts, such as how many guides were opened. It never sends what you write, your name, or anything that could point to you or your phone. You can change your mind at any time.</source>
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
    <name>cg::AreaListModel</name>
    <message>
        <source>I&apos;d prefer not to say</source>
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
    <name>cg::ModuleListModel</name>
    <message>
        <source>All</source>
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
