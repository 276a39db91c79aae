<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AccessRequestsScreen</name>
    <message numerus="yes">
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n day left</numerusform>
        <numerusform>%n days left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>Overdue by %n day</numerusform>
        <numerusform>Overdue by %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AlertsScreen</name>
    <message numerus="yes">
      <source>%n alert(s) on the sheet</source>
      <translation>
        <numerusform>%n alert on the sheet</numerusform>
        <numerusform>%n alerts on the sheet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n alert(s) match. Read them with the worker.</source>
      <translation>
        <numerusform>%n alert matches. Read it with the worker.</numerusform>
        <numerusform>%n alerts match. Read them with the worker.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message numerus="yes">
      <source>You have %n unsigned note draft(s) from earlier. They are listed under Notes: continue and sign them, or discard them.</source>
      <translation>
        <numerusform>You have %n unsigned note draft from earlier. They are listed under Notes: continue and sign them, or discard them.</numerusform>
        <numerusform>You have %n unsigned note drafts from earlier. They are listed under Notes: continue and sign them, or discard them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You have %n unsigned overdose response draft(s). They are listed under Overdose responses: open one to finish and sign it.</source>
      <translation>
        <numerusform>You have %n unsigned overdose response draft. They are listed under Overdose responses: open one to finish and sign it.</numerusform>
        <numerusform>You have %n unsigned overdose response drafts. They are listed under Overdose responses: open one to finish and sign it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Locked after %n idle minute(s). Sign in to continue.</source>
      <translation>
        <numerusform>Locked after %n idle minute. Sign in to continue.</numerusform>
        <numerusform>Locked after %n idle minutes. Sign in to continue.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message numerus="yes">
      <source>%n night(s)</source>
      <translation>
        <numerusform>%n night</numerusform>
        <numerusform>%n nights</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckInScreen</name>
    <message numerus="yes">
      <source>%n visit(s)</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryScreen</name>
    <message numerus="yes">
      <source>%n visit(s)</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n program session(s)</source>
      <translation>
        <numerusform>%n program session</numerusform>
        <numerusform>%n program sessions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n referral(s)</source>
      <translation>
        <numerusform>%n referral</numerusform>
        <numerusform>%n referrals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n Safe Suite stay(s)</source>
      <translation>
        <numerusform>%n Safe Suite stay</numerusform>
        <numerusform>%n Safe Suite stays</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n note</numerusform>
        <numerusform>%n notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n alert(s) reported</source>
      <translation>
        <numerusform>%n alert reported</numerusform>
        <numerusform>%n alerts reported</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message numerus="yes">
      <source>Shift log: %n handover items are still open.</source>
      <translation>
        <numerusform>Shift log: %n handover item is still open.</numerusform>
        <numerusform>Shift log: %n handover items are still open.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NaloxoneKitsDialog</name>
    <message numerus="yes">
      <source>%n naloxone kit(s) handed out on this shift. Leave unknown ones at 0.</source>
      <translation>
        <numerusform>%n naloxone kit handed out on this shift. Leave unknown ones at 0.</numerusform>
        <numerusform>%n naloxone kits handed out on this shift. Leave unknown ones at 0.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NotesScreen</name>
    <message numerus="yes">
      <source>%n note(s) found.</source>
      <translation>
        <numerusform>%n note found.</numerusform>
        <numerusform>%n notes found.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OldBackupsBox</name>
    <message numerus="yes">
      <source>%n backup(s) here were made before the retention period. They still hold clients erased since then. Delete them unless the centre must keep them.</source>
      <translation>
        <numerusform>%n backup here was made before the retention period. It still holds clients erased since then. Delete it unless the centre must keep it.</numerusform>
        <numerusform>%n backups here were made before the retention period. They still hold clients erased since then. Delete them unless the centre must keep them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n old backup file(s) for good? They can't be restored afterwards.</source>
      <translation>
        <numerusform>Delete %n old backup file for good? It can't be restored afterwards.</numerusform>
        <numerusform>Delete %n old backup files for good? They can't be restored afterwards.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n old backup(s) deleted.</source>
      <translation>
        <numerusform>%n old backup deleted.</numerusform>
        <numerusform>%n old backups deleted.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OverdoseScreen</name>
    <message numerus="yes">
      <source>%n dose(s), %1</source>
      <translation>
        <numerusform>%n dose, %1</numerusform>
        <numerusform>%n doses, %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReferralsScreen</name>
    <message numerus="yes">
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>Overdue by %n day</numerusform>
        <numerusform>Overdue by %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Due in %n day(s)</source>
      <translation>
        <numerusform>Due in %n day</numerusform>
        <numerusform>Due in %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportsScreen</name>
    <message numerus="yes">
      <source>Report for %s is ready: %n page(s). Check the preview, then print or save it.</source>
      <translation>
        <numerusform>Report for %s is ready: %n page. Check the preview, then print or save it.</numerusform>
        <numerusform>Report for %s is ready: %n pages. Check the preview, then print or save it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionReviewDialog</name>
    <message numerus="yes">
      <source>Erasing: %n left</source>
      <translation>
        <numerusform>Erasing: %n left</numerusform>
        <numerusform>Erasing: %n left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Done: %n record(s) erased.</source>
      <translation>
        <numerusform>Done: %n record erased.</numerusform>
        <numerusform>Done: %n records erased.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Stopped after %n record(s). The rest are listed again at the next sign-in.</source>
      <translation>
        <numerusform>Stopped after %n record. The rest are listed again at the next sign-in.</numerusform>
        <numerusform>Stopped after %n records. The rest are listed again at the next sign-in.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message numerus="yes">
      <source>A search can be at most %n characters, so the rest of what you typed or pasted was left out.</source>
      <translation>
        <numerusform>A search can be at most %n characters, so the rest of what you typed or pasted was left out.</numerusform>
        <numerusform>A search can be at most %n characters, so the rest of what you typed or pasted was left out.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message numerus="yes">
      <source>From now on the screen locks after %n idle minute(s).</source>
      <translation>
        <numerusform>From now on the screen locks after %n idle minute.</numerusform>
        <numerusform>From now on the screen locks after %n idle minutes.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SeveringReviewDialog</name>
    <message numerus="yes">
      <source>%n of %1 still to decide.</source>
      <translation>
        <numerusform>%n of %1 still to decide.</numerusform>
        <numerusform>%n of %1 still to decide.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>All %n decided. Save the review when you are done.</source>
      <translation>
        <numerusform>All %n decided. Save the review when you are done.</numerusform>
        <numerusform>All %n decided. Save the review when you are done.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SignInWindow</name>
    <message numerus="yes">
      <source>Wait %n s</source>
      <translation>
        <numerusform>Wait %n s</numerusform>
        <numerusform>Wait %n s</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SuiteScreen</name>
    <message numerus="yes">
      <source>Booked unit %d for %s, %n night(s).</source>
      <translation>
        <numerusform>Booked unit %d for %s, %n night.</numerusform>
        <numerusform>Booked unit %d for %s, %n nights.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WhoYouMetDialog</name>
    <message numerus="yes">
      <source>%n contact(s). Count only what people told you or you know; leave the rest at 0.</source>
      <translation>
        <numerusform>%n contact. Count only what people told you or you know; leave the rest at 0.</numerusform>
        <numerusform>%n contacts. Count only what people told you or you know; leave the rest at 0.</numerusform>
      </translation>
    </message>
  </context>
</TS>
