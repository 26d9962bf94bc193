window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "vc.nadia@example.com",
      "createdVia" : "web",
      "username" : "vc_nadia",
      "accountId" : "166446347",
      "createdAt" : "2010-02-14T15:45:54.931Z",
      "accountDisplayName" : "Nadia Haddad"
    }
  }
]