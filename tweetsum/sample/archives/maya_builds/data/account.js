window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "maya.builds@example.com",
      "createdVia" : "web",
      "username" : "maya_builds",
      "accountId" : "2314568933",
      "createdAt" : "2014-06-11T15:46:44.257Z",
      "accountDisplayName" : "Maya Okafor"
    }
  }
]