<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CheckInPage</name>
        <message>
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own scales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice how you are, in ten seconds or in more detail. Every question can be skipped, and results stay hidden until you ask for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard questionnaires you can take when you choose to. They are a way of noticing, never a diagnosis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every questionnaire is hidden. You can show them again in Questionnaire settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} questions about how things have been {recall}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your {name} history</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Your check-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your check-ins, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your check-ins will be listed here when you make some.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the results of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a questionnaire…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No results for {name} yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart of your {name} results over time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionWidget</name>
        <message>
            <source>Prefer not to answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionnaireFlow</name>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begi&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a&amp;nswers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} questions about how things have been {recall}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can skip any question, or choose “Prefer not to answer”. Your results stay hidden until you choose to see them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About this questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for taking the time. Your results are there whenever you want to see them, now or later in History.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See your results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now, back to questionnaires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This last question is optional and is not scored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an answer, or Skip this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you save them as they are, your answers are kept without a score: a score needs every question answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you save them as they are, your answers are scored as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {total} answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One more, optional</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionnaireSettingsDialog</name>
        <message>
            <source>Questionnaire settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaires to offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask PHQ-9 as PHQ-8 (leave out the ninth question)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kinds of question to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick a kind and its questions are not asked (a questionnaire that begins with that note is not offered).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One question at a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All questions on one page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At {n} or above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Offer your support panel after a quick check-in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickCheckInCard</name>
        <message>
            <source>Quick check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One number is enough. Add more only if you want to; every part is optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add more (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show mood, energy, words and a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the check-in form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very unpleasant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very pleasant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mood, from −3 to +3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>some</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy, from 0 to 4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feelings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body sensations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is going on around you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything you want to remember about now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Energy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Feelings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Around &amp;you, including outside conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. Thank you for checking in with yourself.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickRatingWidget</name>
        <message>
            <source>at ease</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>some stress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much stress are you carrying right now? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress right now, 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the stress rating</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Your results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw score {total} of {high}, shown as a percentage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some questions were skipped, so no total is shown. Your answers are saved just as you gave them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a diagnosis. It is one way of looking at how things have been for you {recall}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your earlier results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is your first time with this questionnaire here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published averages, for comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would a short coping exercise help right now? Only if you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to questionnaires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try a coping exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Many people find it helps to talk about results like these with someone they trust: a friend, a healer, a counsellor or a doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One or more answers were “At no time” or “Some of the time”. That can be worth a closer look, perhaps with someone you trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own people, resources and safety plan are in Care map &amp; plans whenever you want them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScaleChoice</name>
        <message>
            <source>{value} of {low} to {high}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScaleDialog</name>
        <message>
            <source>A new scale of your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lowest number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Highest number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word for the l&amp;owest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word for the h&amp;ighest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word for the &amp;middle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own scale is charted over time and never scored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please check this: {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScalesPanel</name>
        <message>
            <source>Your own scales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New scale…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a scale file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a scale of your own — for example how rested, connected or safe you feel — and rate it whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your ratings stay; the scale leaves this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your ratings of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a number first, if you want to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkippedReview</name>
        <message>
            <source>Before you save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These questions have no answer yet. You can go back to any of them, or save your answers as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every question has an answer now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question {n}: {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to question {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WordPicker</name>
        <message>
            <source>Your own word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your own word to {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add this word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Import a scale file</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
