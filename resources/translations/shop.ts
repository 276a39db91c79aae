<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccessRequests</name>
    <message>
        <source>No open access requests. When a person asks for their record, find them and log it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request logged. It is due on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for other people in the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved. The record can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was sent to the printer. The request is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a client&apos;s whole record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saves two files, a PDF and a JSON file with the same content: the person&apos;s whole record, notes included. Save them only where no one else can open them (the person&apos;s own USB stick is best), and delete any copy once it is given. Printing is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be written there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s and %s. The request is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part of the record is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction, in the person&apos;s words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction added with today&apos;s date. The record itself stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the person says they no longer want their record. It stays listed as withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRequestsScreen</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person may ask for their own record. The centre answers within 30 days: a counsellor or coordinator reviews it for other people&apos;s information, then you print it or save it for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;answered and withdrawn requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;severing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF and &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add c&amp;orrection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The first coordinator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account can add the other staff. Use your own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault… this takes a few seconds on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Save the enrollment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the device a name, e.g. Outreach laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who will join the device: add their account in Staff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes an enrollment file for the new PC or laptop. Carry it there (a USB stick), open SHOP Desktop on it and choose &quot;Join from an enrollment file&quot;. Only the passphrase of the person you choose below opens the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Outreach laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carries *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the device carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who will join *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member who will join the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this person&apos;s passphrase opens the file: they sign in with it on the new device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction or addition, as it should be read beneath the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum is signed as soon as you save it, and can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgenciesPanel</name>
    <message>
        <source>Find an agency by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency matches. Clear the search, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is empty. Add agencies one by one, or import a CSV sheet kept in a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is back in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s was retired: it is no longer offered for new referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import agencies from a CSV sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV sheets (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be read. Check it is not open elsewhere, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the agency directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV sheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the directory to %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>bad-date report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggressor alert %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bad-date report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What he looks like (the aggressor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details he used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it in the third person. Never put the worker&apos;s name, or any client&apos;s, in an alert: the sheet goes on the wall and to partner agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &lt;b&gt;%s&lt;/b&gt;. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rock Bay Ave, a motel on the highway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How contact was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Leolist, a hotel bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w contact was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or &amp;venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the third person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the third person, e.g. &quot;He picked the worker up on Rock Bay Ave, drove to a parking lot and refused to pay.&quot; What he did and said; anything that helps others recognise him.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. man, woman, trans woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;x. age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approx. age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45, 40s, late 30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. about 6&apos;, short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. heavy, thin, stocky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;ir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. short grey, bald, red beard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;rks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tattoos, scars, glasses, a limp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or alias used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or alias used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what he called himself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colo&amp;ur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Honda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Civic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full or partial, e.g. ABC 4K7 or just 4K7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phon&amp;e numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any format; several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online handles or emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. @bigdave99, dave@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the worker choose to tell police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s choice. Never press them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up support (counsellors only, never on the alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the worker wants follow-up support, a counsellor can link this alert to their record. Give the counsellor the alert&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the worker&apos;s alias or client code to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the worker&apos;s client record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>Phone number, plate, handle or words of a description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the aggressor alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lookup found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen alert in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a bad-date report (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheet as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open / edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggressor alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) on the sheet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the last %s days). Type to look up a number, plate, handle or description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) match. Read them with the worker.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No alert matches &quot;%s&quot;. That doesn&apos;t mean the person is safe: trust your instincts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an alert to read it in full.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing to show. Press Ctrl+N to take a bad-date report.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert&apos;s reference is %s. Give it to the worker: they can quote it to add to the report later. Their name is not kept on the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved alert %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is marked resolved. It stays searchable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is archived: it is off the sheet and found only with &quot;Include archived&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is back in the lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggressor alert sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the alert sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the alert sheet as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. The next person can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records opened by break-glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the key file without a manager&apos;s signature. Nothing was granted. Check who had access to this PC, then make a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes key rotation waiting for a counsellor to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsigned note draft(s) from earlier. They are listed under Notes: continue and sign them, or discard them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsigned overdose response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsigned overdose response draft(s). They are listed under Overdose responses: open one to finish and sign it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re-sealing notes under the new key: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes are sealed under the newest key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n idle minute(s). Sign in to continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check confirms no entry was changed, removed, reordered or written in someone else&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry of the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: %d entries checked. Chain head %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %d is not as it was written: %s. Tell the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not finish: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled. Nothing was changed; check again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;erify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or restore a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify reads a backup file and runs every check a restore would, without changing anything. Restore shows what a backup holds before anything changes; the current vault is kept beside the restored one until you remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted: the file is useless without a staff passphrase or the recovery key. Keep the USB stick somewhere safe, away from this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (fingerprint %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should backups go? (a USB stick or a network share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %s (%.1f MB).
Fingerprint: %s — note it down with the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed. Fingerprint: %s
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored. The vault that was here is kept in %s until you remove it. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then choose the sync folder again under Sync and press Sync now: what this PC did after the backup comes back from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore stopped: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into %s. The current vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy won&apos;t sync until someone chooses its sync folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a stay in the Safe Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an alias or client code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member for this stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical only, e.g. arriving late. No health or counselling details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departure *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be after the arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the client first: type part of their alias or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: no reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>The centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and referral slips show the centre&apos;s name and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre na&amp;me *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Your passphrase was set by someone else. Choose your own now: at least 15 characters; a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Please see the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please see the coordinator before checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is restricted from %s. To check them in anyway, give the reason (it is kept and audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override and check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnaway counted: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Type an alias or client code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client being checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, or set it back for a late entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet today. Search for a client above to check them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oid visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigenous identity (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age &amp;band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indigenous identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: it helps the centre&apos;s counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching clients show here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one found. Press Alt+N to register a new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please see the coordinator before checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s already checked in today at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking in: &lt;b&gt;%s&lt;/b&gt; · %s%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking in: &lt;b&gt;an anonymous visitor&lt;/b&gt; (details optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the client above, or choose Anonymous visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the visit to void in today&apos;s list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the %s visit of %s? It will stay in the audit trail but no longer count in reports.

Why is it being voided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>client form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the person chooses to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigenous identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the Alumni Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-desk remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical notes only (e.g. prefers the side door). No counselling or health details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age &amp;band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indigenous identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-desk &amp;remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop keeps only the alias. Phone, remark and the other details are kept at the centre: the front desk can add them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (read the consent wording to the person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to the centre keeping a record *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias may be shown on referral slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with a similar alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered: %s.

Is this a different person? Register them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type an alias or client code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientReferralsPanel</name>
    <message>
        <source>Find a client on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the client, then New referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record stays closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals for %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet for this client. Press New referral (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the client first: type their alias or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %s saved. Print the slip for the client (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsScreen</name>
    <message>
        <source>Type an alias or client code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of an alias or a code to find a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge two records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era&amp;se on request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one found. Use Register a client to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one client in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %s with code %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: hidden from check-in search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s no longer wants the centre to keep a record. Their record will be archived and later visits counted as anonymous. The coordinator can erase it if they ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the two records of the same person (Ctrl+click), then Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge these two records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %s (%s) and move everything of %s (%s) into it: visits, programs and notes. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %s&apos;s record because they asked to be forgotten? Their alias, details, consent and note text are removed for good. Their visits stay only as anonymous counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (clinical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept back because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
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
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictGuard</name>
    <message>
        <source>Recorded conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why must you open it now? (The coordinator will see this.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break glass and open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Health authority clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detox and treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigenous-led services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made, waiting to hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarter (calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiscal year (April to March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats or intimidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed condom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked, or didn&apos;t say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose to tell police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose not to tell police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug checking service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Suite full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (how long records are kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrugAlertBand</name>
    <message>
        <source>Drug alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  and %d more on the Drug alerts screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug alert, tell people: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrugAlertsScreen</name>
    <message>
        <source>Posted. It shows on Check in and Outreach until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an alert in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug alert poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take down the alert about %s? It stops showing on Check in and Outreach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts from the health authority, drug checking or the community. While one is active it shows on Check in and Outreach so staff can tell people. Clients may read everything here: never name anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substance *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Fentanyl with benzodiazepines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What&apos;s different *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Purple; heavy sedation that naloxone doesn&apos;t lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where s&amp;een</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Downtown core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drug alerts yet. Post one above when the health authority or drug checking sends one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print poste&amp;r…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save poster as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up SHOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be saved there (%s). Try another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Print it, put it in the safe, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is made. If you leave now, the recovery key will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up this week. Referrals you make show here on their follow-up day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d to follow up, %d of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %s is now “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoAhead</name>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is restricted from %s. To %s anyway, give the reason (it is kept and audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %s anyway, give the reason (it is kept and audited).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Client history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client on the left to see their visits, programs and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record stays closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Safe Suite stay(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) reported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept. Find it under Notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Signed in as %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift log: 1 handover item is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shift log: %n handover items are still open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stock: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault: every person in it is invented. Never type real client information here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. Go to Staff to set new passphrases, then lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking supplies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step away from the desk? Press Ctrl+L to lock. Someone unexpected walks in? Press F12.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you import this sheet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the enrollment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer becomes &quot;%s&quot; (device %s), carrying: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for %s: sign in with that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name and passphrase: the ones you use at the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making this computer&apos;s copy… this takes a few seconds on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join from an enrollment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator made this file on the centre PC with &quot;Add a device&quot;. It turns this computer into that device: it gets only what the device&apos;s profile carries, and then syncs with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file makes this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitStrip</name>
    <message>
        <source>Naloxone kit: press a letter to say first kit or why it is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;F&lt;/b&gt; first kit · replacement: &lt;b&gt;U&lt;/b&gt; used on someone, &lt;b&gt;L&lt;/b&gt; lost or stolen, &lt;b&gt;E&lt;/b&gt; expired, &lt;b&gt;P&lt;/b&gt; taken by police, &lt;b&gt;O&lt;/b&gt; other · &lt;b&gt;T&lt;/b&gt; trained today · &lt;b&gt;Esc&lt;/b&gt; back to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone kit: &lt;b&gt;first kit or replacement?&lt;/b&gt; (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone kit: &lt;b&gt;first kit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone kit: &lt;b&gt;replacement&lt;/b&gt; — why? (one key below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone kit: &lt;b&gt;replacement&lt;/b&gt; — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;trained today&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SHOP Desktop — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock	Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user	Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide the screen	F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SHOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section on the left. Each screen has one main button; Enter presses it.

Ctrl+L locks the screen (use it whenever you step away). F12, or Esc twice, hides the screen at once if someone walks in, even with a form open; type your passphrase to come back.

Ctrl+1 to Ctrl+9 open the sections in the order of the list.

The app locks itself after a few idle minutes. Nothing you saved is lost when it does.

Forgot your passphrase? Ask the coordinator to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SHOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOP Desktop %s

Records for a harm-reduction drop-in centre. Everything stays in an encrypted folder on this computer; nothing is ever sent over a network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %d: %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NaloxoneKitsDialog</name>
    <message>
        <source>Naloxone kits (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement kits: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits given with training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement kits, by why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of all these, people trained today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n naloxone kit(s) handed out on this shift. Leave unknown ones at 0.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseField</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 15 characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: this passphrase can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note for %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as an encrypted draft every few seconds while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: the note becomes final (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %s (encrypted). Only you can see it until you sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note before signing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once signed, the note can&apos;t be changed. Corrections are added beneath it as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft will be deleted and can&apos;t be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteViewer</name>
    <message>
        <source>Note for %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum %d, signed %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesScreen</name>
    <message>
        <source>My unsigned drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue this draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no unsigned drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in a note, or a topic such as housing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reads signed notes in memory only. Each search is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least two letters to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed note contains that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OldBackupsBox</name>
    <message>
        <source>Old backups past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old backup files (Space ticks one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete ticked backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (made %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) here were made before the retention period. They still hold clients erased since then. Delete them unless the centre must keep them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n old backup file(s) for good? They can&apos;t be restored afterwards.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete old backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t delete them: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up referral %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. went on Tuesday, has a second appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachScreen</name>
    <message>
        <source>Date of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;eet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a street area or online platform to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this area off the list (past shifts keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: people met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who you met…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical only, e.g. weather, where people were. No names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shifts logged yet. Fill in the form after your shift and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;id shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplies handed out&lt;/b&gt; (items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an outreach shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d h %02d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (past midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nalo&amp;xone kit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many naloxone kits you handed out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this outreach shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this outreach shift hasn&apos;t been saved. Discard it, or go back and save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift saved. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the street area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%s&quot; is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &quot;%s&quot; off the list? Shifts already logged there keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%s&quot; is off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the shift of %s. Save changes when done, or New shift to leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the shift of %s in %s? It will stay in the audit trail but no longer count in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdoseDialog</name>
    <message>
        <source>Overdose response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else goes to a counsellor or the coordinator: health detail is kept sealed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if it helps: the boxes say most of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: &lt;b&gt;%s&lt;/b&gt; (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches; saved as someone anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone anonymous: age band and gender if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %s. Only you can see it until you sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this response?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once signed, it can&apos;t be changed. Corrections are added beneath it as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft will be deleted and can&apos;t be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the overdose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;ea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client alias or code, or empty for someone anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias or code; leave empty if anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff who responded: Space ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nalo&amp;xone doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone doses given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How naloxone was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paramedics attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff debrief offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff debrief held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ark (sealed: counsellors and the coordinator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a draft in the vault every few seconds, and when the app locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: the record becomes final (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdoseScreen</name>
    <message>
        <source>Overdose responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a response as soon as you can afterwards: it is kept as a draft until you sign it, even if the app locks. You see the details of responses you were part of; counsellors and the coordinator see all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response signed. Thank you; take a moment, and ask for a debrief if you need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remark is sealed for counsellors and the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client (on their record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescue breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paramedics attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aftercare offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debrief offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debrief held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>staff debrief held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sealed for counsellors and the coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief recorded as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction, as it should be read beneath the response (signed at once, sealed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;brief held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff debrief for this response was held (after it was signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is at least 15 characters. A few unrelated words are easiest to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t print to that file (%s). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer didn&apos;t take the pages. Check it is on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the pages. Check it is on and has paper, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing page %d of %d…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Screen hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are still signed in. Type your passphrase to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase to show the screen again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the screen is still hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>That passphrase doesn&apos;t match. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsScreen</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone by alias or code, then Enter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program and a day, then Open attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance for %s is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: no reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back in. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it in the office safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this key can read every record. Do not photograph it, email it or save it on this computer. A saved PDF belongs on a USB stick that goes into the safe, then is deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral for %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words the agency will read, e.g. needs a sexual health check-up. Printed on the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. STI testing, birth control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the agency&apos;s name or kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client agrees the agency may see their &amp;alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them. Without it the slip shows only their client code, %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their consent record does not allow the alias on referral slips, so the slip shows the code %s. Update consent on the Clients screen if they want that changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent wording to read to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How soon *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (read this to the client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the list (Alt+Down opens it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency in the directory yet. The coordinator adds them under Agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Referral slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %s sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a slip that identifies a client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip shows who the client is (alias or code) and why they are referred. Save it only where no one else can open it, and delete it once it is printed or sent. Printing is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be written there. Choose another folder or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip saved as %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsScreen</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports hold counts only: no names, aliases or client codes. Counts from 1 to 4 print as &quot;&lt;5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and press Make report. A preview appears here before you print or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not over yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report for %s is ready: %n page(s). Check the preview, then print or save it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This period is shorter than 28 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates cut a month (they do not follow whole months, or the period has not ended yet), so the figures that add up over days (visits, services, referrals and the like) are withheld: choose months that have ended (a month, a quarter, a year, or dates from a 1st to the last day of last month) to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder report %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be asked to choose their own passphrase the next time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also turns the account back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreChoiceDialog</name>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a &amp;new folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring here signs everyone out and replaces what is in the app now with this backup. The current vault is moved to a folder named before-restore-… next to it, until you remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <source>restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the restriction covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Safe Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day they may come again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until reviewed (no end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for clinical staff and the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and the plan (only clinical staff and the coordinator see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionsScreen</name>
    <message>
        <source>This client&apos;s restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep apart from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who opened this file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restrictions for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted. The check-in screen now says: Please see the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the restriction to lift in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it lifted early?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other client&apos;s code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (only clinical staff and the coordinator see this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. %s can no longer open this client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the client ask for this list themselves? Then it names them by alias; otherwise by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>Records due under the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients whose identity will be erased (select one to keep it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this client past the retention period (a legal hold, an open matter), with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing keeps every count in past and future funder reports: visits stay as anonymous visits. Identity, consents and note text are erased for good, and the database file is rewritten so no copy is left in it. Backups made before today still hold them (see Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this &amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the list is shown again at the next coordinator sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this client back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %s kept past the retention period? (for example, a legal hold or an open matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is kept back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is no longer kept back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase what is listed? This can&apos;t be undone; counts in reports stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erasing: %n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing a fresh copy of the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n record(s) erased.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database file is rewritten at the next run (something was saved meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased, but the database file could not be rewritten: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n record(s). The rest are listed again at the next sign-in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>change of roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor and coordinator can read counselling notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Couldn&apos;t save to %s (%s). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>A search can be at most %n characters, so the rest of what you typed or pasted was left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check visitors in, named or anonymous, with services and supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a phone number, plate or description against bad-date reports; take a report; print the alert sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register clients, edit their details and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see one client&apos;s visits, programs and (for counsellors) notes; write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue your unsigned drafts and search the text of signed notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refer a client to a partner agency, print the slip, follow up; the agency directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record who came to breakfast, luncheon and the Alumni Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see who has the Safe Suite on which nights; book, check in and out, extend a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log an outreach shift: area or platform, contacts, supplies handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdose responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter an overdose response afterwards, kept as a draft until signed; read the ones you were part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave handover items for the next shift and mark them done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post a drug-supply alert so it shows at check-in and on outreach; print its poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record supply deliveries, waste and counts; see what is low; print the monthly usage sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a funder report for any period, as a PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restrict a client, review and lift restrictions, keep clients apart, print who opened a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer a person&apos;s request for their own record: review it, print or save it, add corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up to a USB stick in one click, verify a backup, restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep this PC, the office PC and the outreach laptop in step; add a device; review what clashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add staff accounts, change roles and reset passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see who did what, and check that the audit trail is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the centre&apos;s name, address and the idle lock time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>Services: press a service&apos;s key to tick it, Enter to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Services&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplies&lt;/b&gt; (items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a period runs out, nothing is erased silently: the coordinator sees what is due at sign-in, can keep a client back with a reason, and erases from there. Counts in funder reports never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From now on the screen locks after %n idle minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeveringReview</name>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — also an everyday word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review severing: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words to sever and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those words are not in that part of the record. Copy them exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. It is severed everywhere it appears in that part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other client was found in this record. Save to record the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review severing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is a place where another client&apos;s alias or code was found. Press S to sever it or K to keep it (an everyday word); the next line is chosen for you. Change the words to sever, or add more with a reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed severings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sever &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to sever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground for severing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sever more, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to sever there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gro&amp;und</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground for this severing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for severing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More severings added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeveringReviewDialog</name>
    <message numerus="yes">
        <source>%n of %1 still to decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n decided. Save the review when you are done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftLogScreen</name>
    <message>
        <source>Added as a handover item for the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open handover item in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done: it won&apos;t be carried to the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line each, for the next shift. No note text and no health details here: write where something is and what needs doing. Name a client by their code only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Safe Suite key is with night staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. K7P2Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand&amp;over: carry it to the next shifts until someone marks it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover items still open come first, then the day&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the log for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift log entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in — SHOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name and type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo passphrases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>SHOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault: synthetic data only. Passphrases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name and your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet in the office safe (dashes and case don&apos;t matter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person their first passphrase in private; they can change it after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change r&amp;oles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling someone also replaces the vault&apos;s keys, so their old passphrase opens nothing. Their past entries stay in the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the vault&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase set for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s will no longer be able to sign in, and the vault&apos;s keys will be replaced. Their past entries stay. You can turn the account back on later by giving it a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s can no longer sign in, and the vault&apos;s keys have been replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys not replaced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled. The vault&apos;s keys will be replaced at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the vault&apos;s keys: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · must change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing until %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed (details for those involved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: for the next shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>Delivery received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out since the supply&apos;s last count (or first delivery). Double-click one to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number on the shelf *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the shelf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %s, %s %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supply in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when %s is at or below how many? (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reorder level is a whole number, like 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the usage sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the usage sheet as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the box, e.g. NX2291</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly usage sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the usage sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a supply to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set re&amp;order level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent deliveries, waste and counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteScreen</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month before (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month after (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book a stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights taken this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid bar, bold code: in the suite · outlined: booked · pale: ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move between days, Page Up / Page Down change the month, Home goes to today, Enter books a stay from the chosen day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End ea&amp;rly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stays this month. Choose a day in the calendar and press Book a stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Suite calendar: one day per cell, arrows move, Enter books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d nights taken this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d unit-nights taken this month (%d units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Booked unit %d for %s, %n night(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%s is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New departure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay of %s is extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the stay early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay of %s now ends earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the stay of %s from %s to %s? Its nights become free; the booking stays in the records as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay of %s is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A sync or another job that writes the vault is running. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file couldn&apos;t be read or written on this PC&apos;s disk or the chosen folder. Check the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the enrollment file: a copy of what the device carries, sealed for the person who will join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress making the enrollment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the bundle being applied…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProgressDialog</name>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging changes with the other devices through the sync folder. This usually takes a few seconds; the app is ready again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sync is doing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>No folder chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review. When two devices change the same thing, it is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two devices changed the same thing, the later edit was kept. Check the other value, correct the record if needed, then mark it settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder (a USB stick, or the folder Syncthing keeps in step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC syncs through %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder is chosen yet. Ask the coordinator to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped. What was already applied is kept; the next sync carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the enrollment file go? (a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the device was stopped. No enrollment file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment file saved: %1. On %2, open SHOP Desktop, choose Join from an enrollment file, and sign in as %3: only their passphrase opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line in the review list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps this PC, the office PC and the outreach laptop in step through a folder: a USB stick carried between them, or one Syncthing keeps in step. What goes in is encrypted and signed; nothing is sent over a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each device holds only what its profile carries. The last bundle is the newest one this PC has applied from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later edit was kept; the other value is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked the kept value (and corrected the record if needed): take it off the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockBackupDialog</name>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase that was valid on the day the backup was made, or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this %s hasn&apos;t been saved. Discard it, or go back and save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SHOP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets up the centre&apos;s records on this computer. Everything is kept in one encrypted folder and never leaves this computer unless you make a backup.

You will need: the centre&apos;s name, a passphrase for the first coordinator account, and a printer or a pen to keep the recovery key safe. It takes about two minutes.

Setting up the office PC or the outreach laptop of a centre that already uses SHOP Desktop? Choose Join from an enrollment file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join from an enrollment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer becomes another device of a centre that already uses SHOP Desktop (the office PC, the outreach laptop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoYouMetDialog</name>
    <message>
        <source>Who you met (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s). Count only what people told you or you know; leave the rest at 0.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The vault is locked. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is too large to be an agency list (over 5 MB). Check you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a CSV sheet. In the spreadsheet, use Save as… and choose CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column for the agency&apos;s name. Its first row should hold column names such as Name, Category, Address, Phone, Hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of note this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the topic tags is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 minutes and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s date and time are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That client&apos;s record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is signed and can&apos;t be changed. Add an addendum to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who started a draft can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the correction before saving the addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed note takes addenda; a draft can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is still a draft; only the person writing it can open it until it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {words} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of agency from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date is before the referral was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a follow-up date within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral can&apos;t be dated in the future. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late entries can go back at most {LATE_ENTRY_DAYS} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account can&apos;t {words}. Ask the coordinator if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agency is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is already in the directory. Edit that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how soon the client needs this: emergency, urgent or routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was retired from the directory. Choose another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s consent record doesn&apos;t allow their alias on referral slips, so the slip will show their client code. Update their consent on the Clients screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what came of the referral from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s record was erased; the referral is kept only as a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s record was erased, so no slip can be printed for this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free client code could be found. Tell the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop keeps only the alias. Phone, remark and the other details are kept at the centre: leave them blank here, and the front desk can add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing and merging clients is done at the centre PC, which holds all of their record: this device keeps only their alias and code, so it can&apos;t erase their phone, remark or other details. Ask the coordinator at the centre; the change reaches this device at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record can only be kept with the person&apos;s consent. Without it, check them in as an anonymous visitor; they are still counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent&apos;s end date is before the day it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was merged or erased and can&apos;t be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was merged or erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the person&apos;s consent to keep a record before bringing it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these records was already merged or erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was already erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two clients are already kept apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That staff account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such kind of conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client must be kept apart from someone already {where}. Check with the coordinator; to go ahead anyway, give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a recorded conflict with this client, so their record stays closed to you. If you must open it (an emergency), use break-glass and give the reason; the coordinator will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown part of a client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {what} from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether this is a street area or an online platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{clean_name}&quot; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That area is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift can&apos;t be logged for a day that hasn&apos;t come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts can be logged at most a year later. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift ends at the time it starts. Check the start and end times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area or platform from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of {words} must be between 0 and {MAX_COUNT:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the supplies is not in the catalog of supplies. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only gender identity, age band and Indigenous identity can be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count by {words} can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts by {words} add up to more than the {contacts} contacts. Check the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift is already logged (same day, times and place). Open it from Past shifts to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That shift is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift was voided; log it again if it did happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day of the week, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a program called &quot;{clean_name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That program is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance can&apos;t be recorded for a day that hasn&apos;t come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a client with a record in use can be added by name; count others in the anonymous head count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head count must be between 0 and {MAX_HEAD_COUNT}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the coordinator can {words}. Ask them if it&apos;s needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is already a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the restriction covers: the drop-in, the Safe Suite, a program or a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which {scope} the restriction covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {scope} is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must come after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restriction &quot;until reviewed&quot; needs a review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That restriction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That restriction no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That stay is no longer in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stay is at least one night: the departure day must be after the arrival day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stay can be at most {MAX_NIGHTS} nights. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays can be booked at most a year ahead. Check the arrival date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stay can be recorded at most a year after it began. Check the arrival date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a staff member from the list for this stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Suite stays are booked and changed at the centre PC: this device shows which units are free, not who has them. Call the front desk to book, check someone in or out, or change a stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check someone in on the day they arrive, not ahead of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check someone out on the day they leave. To shorten a stay ahead, use End early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already in the suite. Check them out, or end the stay early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why they were turned away: Safe Suite full, restricted, closed or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins are saved at the centre PC. This laptop doesn&apos;t send visits, so one saved here would never reach the centre&apos;s counts and would keep the person&apos;s visit time on the laptop. Log who you met under Outreach instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether this is a service or a supply counted in items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{clean_name}&quot; is already in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shortcut key is one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;{key}&quot; already ticks another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That service is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit can&apos;t be in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the quantity must be between 1 and {MAX_QUANTITY}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the services is no longer in the catalog. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t match. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Please wait {seconds} seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That access request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the request was received can&apos;t be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That client record was merged or erased. Choose the record in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of an access request is done by a counsellor or coordinator who holds the notes key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of this request is sealed under the notes key. A counsellor or coordinator who holds it can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That part of the record is no longer there. Open the review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the grounds listed for severing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to sever were not found in that part of the record. Copy them exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed; its review can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counsellor or coordinator with the notes key must review this record for other people&apos;s information first (Review severing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the record was printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the correction the person asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the correction was asked for can&apos;t be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder left by an earlier clean-up can&apos;t be removed: {aside}. Ask IT to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this client is kept (for example, a legal hold or an open matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason can be at most {HOLD_REASON_MAX} characters of plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was already erased or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is not kept back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of record called {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it happened is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it happened is in the future. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of harm from the list (&quot;Other&quot; if none fits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how contact was made and the police choice from the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is written as hours and minutes, e.g. 23:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free alert reference could be found. Tell the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report date must be between the day it happened and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert is active, resolved or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the alert came from: health authority, drug checking, community or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert can&apos;t be issued on a day that hasn&apos;t come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert issued more than {LATE_DAYS} days ago is too old to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert ends before it was issued. Check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert can show for at most {LONGEST_DAYS} days. Post it again if it still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That alert was already taken down. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That alert is no longer there. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drug alert in the vault has a damaged date. Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {words} from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time of the response are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response can&apos;t be in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response can be entered at most {LATE_ENTRY_DAYS} days afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone doses: between 0 and {MAX_DOSES}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and the coordinator can add a written remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remark can be at most {MAX_REMARK:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the responders is not an active staff account. Choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outreach area from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where it happened before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outreach area before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who responded before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the naloxone was given (intranasal or intramuscular) before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That overdose response no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response is signed and can&apos;t be changed. Add an addendum to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the responders, counsellors and the coordinator can read this overdose response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum can be at most {MAX_REMARK:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and the coordinator can add an addendum. Ask one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed response takes addenda; a draft can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the responders, counsellors and the coordinator can correct this response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the naloxone kit is a first kit or a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first naloxone kit has no replacement reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the naloxone kit is replaced from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A naloxone kit line counts at least one kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick naloxone kits among the supplies to record the kit&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naloxone kit details add up to more than the {given} kit(s) handed out. Check the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} contains a character that can&apos;t be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} is one line. Keep it short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log entry can&apos;t be for a day that hasn&apos;t come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log entry can go back at most {DAYS_BACK} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has the code {wanted}. Check the code, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That log entry is no longer there. Refresh the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a handover item can be marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone already marked this item done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery in the vault has a damaged expiry date. Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That supply is no longer in the catalog. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock can&apos;t be recorded for a day that hasn&apos;t come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late entries can go back at most {LATE_DAYS} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supply&apos;s stock began on {tracked_from}. Record it on that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: enter the expiry date printed on the kits, so the app can warn in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why: expired, damaged or dropped, recalled, or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: count what is on the shelf first, so the app knows what there is to waste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: that is more than the {on_hand} on hand. If the shelf holds more, record a count first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month between January 2000 and December 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: enter a whole number from {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file has no recovery slot. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder&apos;s key file is not a SHOP Desktop key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file was written by a newer version of SHOP Desktop. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be read ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged, so no passphrase can open this vault. Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOP Desktop was updated and this vault&apos;s key file needs a one-time upgrade. The coordinator (or someone with the recovery key) must sign in first; then everyone can sign in as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name and passphrase don&apos;t match. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key is well formed but belongs to another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder {folder} is on a network drive ({kind}). The vault&apos;s database can&apos;t be kept safe there: a dropped connection or a second PC can damage it. Keep the vault on this PC&apos;s own disk, and put backups on the network drive or a USB stick instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has a typo somewhere. Compare each group with the printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in {folder}. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} already holds a SHOP Desktop database without its key file. Choose another folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SHOP Desktop vault in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is changing a staff account right now. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment file was made for {name}, and only their passphrase opens it. Ask the coordinator to make one for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a SHOP Desktop enrollment file, or it was changed or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a staff member with an active account: only they will be able to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key change is still being finished. Sign in again, then add the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment file can&apos;t be written in {folder}: the folder is read-only, full or gone (a USB stick locked or taken out?). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting this PC ready to send its changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the file for the person who will join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the enrollment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving out what this device doesn&apos;t carry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty. Choose an empty folder for this PC&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name and passphrase don&apos;t match an account of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment file&apos;s key list isn&apos;t signed by this vault&apos;s managers. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the coordinator if you need access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account was not given the key the enrollment file is sealed under. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file isn&apos;t signed by this vault&apos;s managers, and the database has no signed copy to check it against, so nothing in it can be trusted. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is older than the database: it looks like an old copy was put back. Open the vault with the recovery key, or restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s keys no longer open the database. The account may have been disabled, or the key file is older than the database (an old copy put back). Ask the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault needs updating, and another SHOP Desktop window has it open. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator or counsellor can give someone a clinical role or reset a clinical account, because only they hold the key to counselling notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named &quot;{username}&quot;. Choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last account that can manage staff. Give someone else the coordinator or admin role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has no passphrase to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no key slot. Ask the coordinator to reset your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current passphrase doesn&apos;t match. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t disable your own account while you are signed in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 2 to 40 characters with no spaces, e.g. &quot;maria&quot; or &quot;frontdesk2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator or admin can change who holds the vault&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was sealed with a key this account was never given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts and the vault&apos;s keys are changed on the centre PC only, so that every PC keeps one list of who may sign in. Make this change there: it reaches this PC at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC was restored from a backup and hasn&apos;t synced since. Staff accounts can be changed here again after its first sync (under Sync: choose the folder, then Sync now), which takes back the staff changes it made after that backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
