window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "grace.gtm@example.com",
      "createdVia" : "web",
      "username" : "grace_gtm",
      "accountId" : "1171216875",
      "createdAt" : "2013-10-10T00:09:31.662Z",
      "accountDisplayName" : "Grace Liu"
    }
  }
]