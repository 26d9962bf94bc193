window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "936657051580322867",
    "userName" : "kira_design",
    "displayName" : "Kira Novak"
  },
  "archiveInfo" : {
    "sizeBytes" : "11044",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "7"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}