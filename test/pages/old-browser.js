// Runs before the bundle: the page as a browser without Intl.ListFormat sees it.
delete Intl.ListFormat;
